"""The `slant` command line: parses arguments, calls the library, reports errors in one line."""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .corpora import CorpusError
from .model import ModelError
from .textio import InputError

app = typer.Typer(
    name="slant",
    help="Tell reported fact from the writer's commentary and embedded opinion in news articles, "
         "paragraph by paragraph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    html = "html"


def _show_version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"slant {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_show_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Commands: analyze one article; see each command's --help."""


@app.command()
def analyze(
    source: str = typer.Argument(..., metavar="FILE",
                                 help="Article text file (UTF-8), or - to read standard input."),
    output_format: OutputFormat = typer.Option(
        OutputFormat.text, "--format", "-f",
        help="text: labelled paragraphs for a person; json: the full analysis; "
             "html: a self-contained report page."),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", help="Write to this file instead of standard output."),
    model_path: Optional[Path] = typer.Option(
        None, "--model", "-m", help="A slant model file (.skops with its manifest); "
                                    "default: the shipped model."),
    color: Optional[bool] = typer.Option(
        None, "--color/--no-color",
        help="Text format: colour on or off (default: on for a terminal, off when piped or "
             "NO_COLOR is set)."),
):
    """Label the paragraphs and sentences of one article.

    Each paragraph and sentence gets fact, commentary, embedded_opinion or boilerplate, with the
    classifier's scores and the opinion markers that explain the label.
    """
    from . import analyze as run_analysis, load_model
    from .render import html_page, print_article
    from .textio import read_article, write_atomically

    decoded = read_article(source)
    if decoded.replaced:
        typer.echo(f"slant: warning: {source}: {decoded.replaced} invalid UTF-8 byte sequence(s) "
                   "replaced with U+FFFD", err=True)
    article = run_analysis(decoded.text, model=load_model(model_path))
    if output_format is OutputFormat.json:
        rendered = json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n"
    elif output_format is OutputFormat.html:
        title = "slant report" if source == "-" else f"slant report: {Path(source).name}"
        rendered = html_page(article, title=title)
    elif output is not None:
        import io

        buffer = io.StringIO()
        print_article(article, file=buffer, color=False)
        rendered = buffer.getvalue()
    else:
        print_article(article, color=color)
        return
    if output is not None:
        write_atomically(output, rendered)
    else:
        sys.stdout.write(rendered)


class Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command()
def score(
    input_path: Path = typer.Argument(..., metavar="INPUT",
                                      help="Table of articles: .csv .tsv .jsonl .parquet "
                                           "(.csv.gz .tsv.gz .jsonl.gz)."),
    output_path: Path = typer.Argument(..., metavar="OUTPUT",
                                       help="Scored table; format from its extension."),
    text_col: str = typer.Option("text", "--text-col", help="Column with the article text."),
    id_col: str = typer.Option("id", "--id-col",
                               help="Row id for the long tables; the row number when absent."),
    title_col: Optional[str] = typer.Option(None, "--title-col",
                                            help="Column scored as the headline."),
    paragraphs: Optional[Path] = typer.Option(None, "--paragraphs",
                                              help="Also write one row per paragraph here."),
    sentences: Optional[Path] = typer.Option(None, "--sentences",
                                             help="Also write one row per sentence here."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j",
                                       help="Worker processes (default: all cores)."),
    chunk_size: int = typer.Option(500, "--chunk-size", help="Rows per chunk."),
    model_path: Optional[Path] = typer.Option(None, "--model", "-m",
                                              help="A slant model file; default: the shipped model."),
    engine: Engine = typer.Option(Engine.local, "--engine",
                                  help='local worker processes, or dask (pip install "slant\\[dask]").'),
    scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                            help="Dask scheduler ADDRESS to join (default: a local cluster)."),
    resume: bool = typer.Option(False, "--resume",
                                help="Continue an interrupted run from its last completed chunk."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary."),
):
    """Score every row of a table of articles (CSV, TSV, JSONL, Parquet), in chunks.

    The output keeps every input row, in order, with all its columns, and adds opinion_share,
    paragraphs_fact/commentary/embedded_opinion/boilerplate, slant_label (news, opinion, mixed,
    empty) and error: empty when the row was scored, else a short reason (missing text, empty
    text, undecodable bytes in text, text too long: over 1,000,000 characters). A bad row never
    stops the run. Interrupted? Rerun with --resume. See slant.batch for the details.
    """
    from .batch import score_file

    summary = score_file(input_path, output_path, text_col=text_col, id_col=id_col,
                         title_col=title_col, paragraphs=paragraphs, sentences=sentences,
                         jobs=jobs, chunk_size=chunk_size, model=model_path,
                         engine=engine.value, scheduler=scheduler, resume=resume, quiet=quiet)
    if not quiet:
        typer.echo(f"slant: {summary.line()}", err=True)


@app.command()
def train(
    out: Path = typer.Option(Path("models/slant-default.skops"), "--out", "-o",
                             help="Where to write the model (.skops) and its manifest."),
    corpora: Optional[Path] = typer.Option(
        None, "--corpora", help="Corpora folder (default: $SLANT_CORPORA or ../shared/corpora)."),
    seed: int = typer.Option(0, "--seed", help="Random seed; the same seed rebuilds the same model."),
):
    """Train the sentence classifier from the research corpora (train and dev splits only)."""
    from .train import train as run_training

    path = run_training(corpora_root=corpora, out=out, seed=seed)
    typer.echo(f"slant: model written to {path} (run `slant evaluate --model {path}` to score it)",
               err=True)


@app.command()
def evaluate(
    model_path: Optional[Path] = typer.Option(
        None, "--model", "-m", help="Model to evaluate (default: the shipped model)."),
    corpora: Optional[Path] = typer.Option(
        None, "--corpora", help="Corpora folder (default: $SLANT_CORPORA or ../shared/corpora)."),
    baselines: bool = typer.Option(True, "--baselines/--no-baselines",
                                   help="Also score TextBlob in the same run (needs textblob)."),
    write: bool = typer.Option(True, "--write/--no-write",
                               help="Record the table in the model's manifest and model card."),
):
    """Score a model on the fixed held-out test sets (CheckThat 2024/2025, BABE, MPQA)."""
    from .evaluate import evaluate as run_evaluation, format_table

    table = run_evaluation(model_path=model_path, corpora_root=corpora,
                           baselines=("textblob",) if baselines else (), write=write)
    typer.echo(format_table(table))


def main() -> None:
    """Entry point: expected failures become one line on stderr and exit code 2."""
    try:
        app()
    except (InputError, ModelError, CorpusError) as exc:
        typer.echo(f"slant: error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("slant: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(1)
    except OSError as exc:
        typer.echo(f"slant: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
                   err=True)
        sys.exit(2)
    except Exception as exc:  # a bug: say so in one line; SLANT_DEBUG=1 shows the traceback
        if os.environ.get("SLANT_DEBUG"):
            raise
        typer.echo(f"slant: internal error: {type(exc).__name__}: {exc} "
                   "(set SLANT_DEBUG=1 for details)", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
