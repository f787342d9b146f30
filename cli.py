"""parlbrief command line: thin wrappers that build options, call one library function, map exit codes."""
from __future__ import annotations

import json
import logging
import signal
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from models import FileStatus, LetterRecord, OcrMode, Options
from pipeline.batch import discover_inputs, process_batch
from pipeline.errors import ExitCode, ParlbriefError
from pipeline.executors import STOP, ExecutorKind, make_executor, request_stop
from pipeline.export import ExportFormat
from pipeline.names import shown
from parlbrief.progress import BatchProgress

app = typer.Typer(help="Scanned German Kreistag letters → structured, traceable JSON.", no_args_is_help=True)


@app.command()
def process(
    inputs: Annotated[Optional[list[Path]], typer.Argument(help="Files or folders (default: data/raw).")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("data/processed"),
    workers: Annotated[Optional[int], typer.Option(min=1, help="Parallel worker processes (default: all cores).")] = None,
    force: Annotated[bool, typer.Option(help="Re-process inputs that are unchanged since the last run.")] = False,
    ocr: Annotated[OcrMode, typer.Option(help="auto: OCR pages without a good text layer.")] = OcrMode.AUTO,
    lang: Annotated[str, typer.Option(help="Tesseract language(s).")] = "deu",
    dpi: Annotated[int, typer.Option(min=50, max=1200, help="Rendering resolution for OCR.")] = 300,
    executor: Annotated[ExecutorKind, typer.Option(help="local processes, or a Dask cluster.")] = ExecutorKind.LOCAL,
    scheduler: Annotated[Optional[str], typer.Option(help="Dask scheduler address (default: a local cluster).")] = None,
) -> None:
    """Process letters into OUT/<stem>.json, OUT/manifest.jsonl and flat .jsonl tables.

    Exit codes: 0 every input ok or skipped, 1 some input failed (all others still processed),
    2 usage error, 3 a required program is missing, 4 the output folder cannot be written,
    130 interrupted (Ctrl-C or SIGTERM; what finished is kept, a rerun goes on).
    """
    _configure_logging()
    try:
        paths = discover_inputs(inputs or [Path("data/raw")])
    except FileNotFoundError as err:
        raise typer.BadParameter(str(err)) from err
    options = Options(ocr=ocr, lang=lang, dpi=dpi)
    STOP.clear()
    for stop in (signal.SIGTERM, signal.SIGINT):  # end the batch cleanly, with the tables of what finished
        signal.signal(stop, request_stop)
    with BatchProgress(total=len(paths)) as progress:
        try:
            result = process_batch(paths, out, options, executor=make_executor(executor, workers, scheduler),
                                   force=force, on_done=progress.update)
        except ParlbriefError as err:
            typer.echo(f"error: {err}", err=True)
            raise typer.Exit(err.exit_code) from err
    ok, skipped, failed, partial = (result.count(s) for s in (FileStatus.OK, FileStatus.SKIPPED, FileStatus.FAILED,
                                                               FileStatus.PARTIAL))
    pages = sum(entry.pages for entry in result.entries)
    typer.echo(f"{len(paths)} inputs: {ok} ok, {skipped} skipped, {failed} failed"
               + (f", {partial} partial (check them)" if partial else "") + f"; {pages} pages → {out}")
    for entry in result.partial:
        typer.echo(f"  partial: {shown(entry.input)}: {entry.error}")
    for entry in result.failed:
        typer.echo(f"  failed: {shown(entry.input)}: {entry.error}")
    if result.links:
        typer.echo(f"links: {result.links}")
    for warning in result.warnings:
        typer.echo(f"warning: {warning}", err=True)
    if result.interrupted:
        typer.echo(f"interrupted: {len(paths) - len(result.entries)} inputs were not processed; "
                   "run the same command again to go on.", err=True)
        raise typer.Exit(ExitCode.INTERRUPTED)
    raise typer.Exit(ExitCode.FILES_FAILED if result.failed else ExitCode.OK)


@app.command()
def repair(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A UTF-8 text file.")],
    diff: Annotated[bool, typer.Option(help="List the edits instead of printing the text.")] = False,
) -> None:
    """Print the repaired text of FILE with its layout unchanged."""
    from pipeline.repair import format_diff, repair_text

    text, repairs, suggestions = repair_text(file.read_text(encoding="utf-8"))
    typer.echo(format_diff(repairs, suggestions) if diff else text, nl=False)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Option(help="Gold corpus folder (index.json, <id>/gold.json, clean.txt).")] = Path("tests/gold"),
    pred: Annotated[Optional[Path], typer.Option(help="Read <id>__<rendering>.json records from here instead of running the pipeline.")] = None,
    report: Annotated[Optional[Path], typer.Option(help="Write a self-contained HTML report here.")] = None,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write all scores as JSON here.")] = None,
    subset: Annotated[str, typer.Option(help="ci | full | tune | heldout")] = "ci",
    workers: Annotated[Optional[int], typer.Option(min=1, help="Parallel worker processes (default: all cores).")] = None,
    save_pred: Annotated[Optional[Path], typer.Option(help="Also write the records as <id>__<rendering>.json here.")] = None,
    oparl: Annotated[Optional[Path], typer.Option(help="Instead: score real documents of DIR (<slug>.txt, labels.jsonl) against their OParl labels.", metavar="DIR")] = None,
    split: Annotated[Optional[str], typer.Option(help="With --oparl: dev | test (the held-out fold) | all (default: dev).")] = None,
    limit: Annotated[Optional[int], typer.Option(min=1, help="With --oparl: a fixed sample of N documents of every kind.")] = None,
) -> None:
    """Score the pipeline against the gold corpus; exit 1 when a threshold in pyproject.toml is breached.

    With --oparl DIR: score it on real council documents instead; exit 1 when a document failed.
    """
    from parlbrief.evaluation import check_thresholds, evaluate as run_evaluation, format_table, load_thresholds

    _configure_logging()
    if oparl is None and (split or limit):
        raise typer.BadParameter("--split and --limit need --oparl DIR")
    if oparl is not None:
        _evaluate_oparl(oparl, split or "dev", limit, workers, json_out)
    try:
        summary = run_evaluation(gold, pred, report, json_out, subset=subset, workers=workers,
                                 save_pred=save_pred)
    except (FileNotFoundError, ValueError) as err:
        raise typer.BadParameter(str(err)) from err
    typer.echo(format_table(summary))
    breaches = check_thresholds(summary, load_thresholds())
    for line in breaches:
        typer.echo(f"threshold breached: {line}")
    raise typer.Exit(ExitCode.FILES_FAILED if breaches else ExitCode.OK)


def _evaluate_oparl(folder: Path, split: str, limit: Optional[int], workers: Optional[int], json_out: Optional[Path]) -> None:
    from parlbrief.evaluation.oparl import evaluate_oparl, format_oparl_table

    try:
        summary = evaluate_oparl(folder, split, limit=limit, workers=workers, json_out=json_out)
    except (FileNotFoundError, ValueError) as err:
        raise typer.BadParameter(str(err)) from err
    typer.echo(format_oparl_table(summary))
    raise typer.Exit(ExitCode.FILES_FAILED if summary.rows[-1].failed else ExitCode.OK)


@app.command()
def export(
    processed: Annotated[Path, typer.Argument(exists=True, file_okay=False, metavar="DIR", help="A folder written by `process`.")],
    fmt: Annotated[ExportFormat, typer.Option("--format", help="Table format, or oparl.")] = ExportFormat.PARQUET,
    to: Annotated[Optional[Path], typer.Option(help="Output folder (default: DIR/export/FORMAT).")] = None,
    body_id: Annotated[Optional[str], typer.Option(help="OParl Body URL (oparl only); object ids are built under it.")] = None,
) -> None:
    """Write the letters/parties/questions tables (parquet, csv, jsonl) or OParl 1.1 objects of DIR."""
    from pipeline.export import export as export_batch

    _configure_logging()
    _require_letters(processed)
    out = to or processed / "export" / fmt.value
    try:
        paths = export_batch(processed, fmt, out, body_id=body_id)
    except ValueError as err:
        raise typer.BadParameter(str(err)) from err
    except ParlbriefError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(err.exit_code) from err
    typer.echo(f"{len(paths)} files → {out}")


@app.command()
def review(
    processed: Annotated[Path, typer.Argument(exists=True, file_okay=False, metavar="DIR", help="A folder written by `process`.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path("review.html"),
    page_images: Annotated[bool, typer.Option(help="Embed small images of the original pages.")] = True,
) -> None:
    """Write one self-contained HTML page to check the letters of DIR in a browser."""
    from pipeline.review import write_review

    _configure_logging()
    _require_letters(processed)
    try:
        write_review(processed, output, page_images=page_images)
    except ParlbriefError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(err.exit_code) from err
    typer.echo(f"review page → {output}")


@app.command()
def show(processed: Annotated[Path, typer.Argument(exists=True, file_okay=False, metavar="DIR")] = Path("data/processed")) -> None:
    """One line per processed letter: type, date, sender, addressee, questions, repairs, method."""
    from parlbrief import load
    from pipeline.write import read_manifest, version_mix

    letters = load(processed)["letters"]
    columns = ["source_file", "doc_type", "date", "sender_organization", "addressee_name", "questions",
               "repairs", "extraction_method"]
    typer.echo(letters[columns].to_string(index=False) if len(letters) else "no letters")
    mix = version_mix(read_manifest(processed).values())
    if mix:
        typer.echo(f"note: {mix}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of a letter record."""
    typer.echo(json.dumps(LetterRecord.model_json_schema(), indent=1, ensure_ascii=False))


def _require_letters(processed: Path) -> None:
    from pipeline.export import holds_letters

    if not holds_letters(processed):
        typer.echo(f"error: There are no processed letters in {processed}: run `parlbrief process` into it first.",
                   err=True)
        raise typer.Exit(ExitCode.FILES_FAILED)


def _configure_logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


if __name__ == "__main__":
    app()
