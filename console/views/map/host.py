"""What the map's tools (zone editing, signal entry) may use of the map: the narrow interface
:class:`~console.views.map.section.MapView` offers them instead of its insides.

The map owns its canvas, layers, toolbar and status line; a tool asks it to show a notice,
select a zone, take the canvas for a tool, and so on. The map coordinates the tools with each
other (a zone tool stops the signal picker; a new signal first ends a zone edit).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QGraphicsScene, QWidget

    from console.services.places.zones import ZoneInfo
    from console.views.common.section import ViewContext
    from console.views.map.canvas import Tool
    from console.views.map.editing import EditOverlay


class MapHost(Protocol):
    """The map as its tools see it."""

    context: ViewContext  # the runner, settings and actor
    can_edit: bool  # the actor may edit zones
    can_record: bool  # the actor may record signals
    undo_stack: QUndoStack  # the edits of the shape being reshaped
    overlay: EditOverlay  # where the tools draw what is being edited
    scene: QGraphicsScene  # where a tool may add its own marker

    def widget(self) -> QWidget:
        """The map as a widget: the parent of the tools' dialogs and message boxes."""
        ...

    def pixels_per_metre(self) -> float:
        """The canvas scale now (tools size their handles in pixels)."""
        ...

    def loaded_zones(self) -> tuple[ZoneInfo, ...]:
        """The zones of the last load (the deactivated ones too, for editors)."""
        ...

    def selected_zone(self) -> ZoneInfo | None: ...

    def select_zone(self, zone_id: int | None) -> None:
        """Mark the zone selected on the map and in the toolbar (None: no selection)."""
        ...

    def use_tool(self, tool: Tool | None) -> None:
        """Give the canvas's clicks and keys to ``tool`` (None: back to panning)."""
        ...

    def tool_in_use(self) -> Tool | None: ...

    def begin_editing(self, tool: Tool, zone_id: int | None = None) -> None:
        """A zone tool takes the canvas; ``zone_id``'s polygon hides under the overlay."""
        ...

    def end_editing(self) -> None:
        """The zone tool is done: overlay cleared, canvas back to panning, notice hidden."""
        ...

    def finish_zone_editing(self) -> bool:
        """Cancel a zone tool in use (asking before an edited shape is discarded); False when
        the person chose to go on editing."""
        ...

    def show_notice(self, text: str) -> None:
        """A line over the map's corner (what a tool expects next); "" hides it."""
        ...

    def show_status(self, text: str) -> None:
        """The status line under the map (what a finished operation did)."""
        ...

    def show_refusal(self, exc: BaseException) -> None:
        """Tell the person why an operation was refused."""
        ...

    def refresh(self) -> None:
        """Load the map again now."""
        ...

    def fit_to_zones(self) -> None: ...
