"""The metric table as plain text (for the terminal) and as cells (for the HTML report)."""
from __future__ import annotations

from models.evaluation import EvalSummary

# Metric → (label, format). Rates print as fractions with 4 digits; counts as integers.
TABLE_METRICS: dict[str, tuple[str, str]] = {
    "letters": ("letters", "{:d}"),
    "pages": ("pages", "{:d}"),
    "failed": ("failed / missing", "{:d}"),
    "cer_before": ("CER before repair", "{:.4f}"),
    "cer_after": ("CER after repair", "{:.4f}"),
    "wer_before": ("WER before repair", "{:.4f}"),
    "wer_after": ("WER after repair", "{:.4f}"),
    "bow_after": ("WER after, order ignored", "{:.4f}"),
    "repair_broken": ("tokens broken in input", "{:d}"),
    "repair_fixed": ("  fixed by repair", "{:d}"),
    "repair_missed": ("  missed by repair", "{:d}"),
    "repair_broken_correct": ("correct tokens broken", "{:d}"),
    "repair_fix_rate": ("repair fix rate", "{:.4f}"),
    "repair_break_rate": ("repair break rate", "{:.4f}"),
    "question_precision": ("question precision", "{:.4f}"),
    "question_recall": ("question recall", "{:.4f}"),
    "question_f1": ("question F1", "{:.4f}"),
    "number_acc_printed": ("number acc. (printed)", "{:.4f}"),
    "number_acc_inferred": ("number acc. (inferred)", "{:.4f}"),
    "question_similarity": ("question text similarity", "{:.4f}"),
    "motion_f1": ("motion point F1", "{:.4f}"),
    "motion_similarity": ("motion text similarity", "{:.4f}"),
    "field_exact_mean": ("fields exact (mean)", "{:.4f}"),
}
FIELD_FORMAT = "{:.4f}"
SPEED_FORMAT = "{:.2f}"


def _cell(value: float | int | None, fmt: str) -> str:
    return "–" if value is None else fmt.format(value)


def table_cells(summary: EvalSummary) -> tuple[list[str], list[list[str]]]:
    """Header (renderings) and rows (metric label, one cell per rendering), metrics down the side."""
    header = ["metric"] + [row.rendering for row in summary.rows]
    metrics = [row.metrics() for row in summary.rows]
    lines = [[label] + [_cell(m[key], fmt) for m in metrics] for key, (label, fmt) in TABLE_METRICS.items()]
    field_names = summary.rows[0].field_exact if summary.rows else {}
    for name in field_names:
        lines.append([f"  field {name}"] + [_cell(m[f"field_{name}"], FIELD_FORMAT) for m in metrics])
    lines.append(["pages / second (per worker)"] + [_cell(m["pages_per_second"], SPEED_FORMAT) for m in metrics])
    return header, lines


def format_table(summary: EvalSummary) -> str:
    """The summary as an aligned text table: metrics down, renderings and total across."""
    header, lines = table_cells(summary)
    rows = [header, *lines]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    out = []
    for index, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [cell.rjust(widths[i]) for i, cell in enumerate(row) if i]
        out.append("  ".join(cells).rstrip())
        if index == 0:
            out.append("  ".join("-" * width for width in widths))
    footer = f"subset {summary.subset.value}, {len(summary.letters)} letter renderings"
    footer += f", wall time {summary.wall_seconds:.1f} s"
    total = summary.row("total")
    if total and summary.wall_seconds and not summary.pred_dir:
        footer += f" ({total.pages / summary.wall_seconds:.2f} pages/s with all workers)"
    return "\n".join(out + [footer])
