import sys

from sync.registry.cli import main

sys.exit(main())
