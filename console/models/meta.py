"""Facts about the database itself (for example that it holds demo data)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from console.models.base import Base

META_DEMO = "demo"  # "1" when the database was filled with demo data
META_STARTED_EMPTY = "started_empty"  # "1" once someone chose to start with no data


class ConsoleMeta(Base):
    __tablename__ = "console_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
