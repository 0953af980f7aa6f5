"""python -m console: start the GUI."""

from console.app import main

raise SystemExit(main())
