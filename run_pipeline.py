"""Entry point: `python run_pipeline.py run [CORPUS_DIR] [--out OUTPUTS_DIR]` (same as `nhs-extract`)."""
from pipeline.cli import main

if __name__ == "__main__":
    main()
