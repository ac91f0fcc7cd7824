"""`report.html`: one self-contained page to look at the tables (no network: inline CSS, JS and SVG).

A corpus page (counts, a sortable and searchable entity table, the collaboration network, quotes by
speaker, the largest figures) and one page per article (its text with entities highlighted by
displaCy, its figures and relations). Sizes are capped so a huge corpus still gives a file a
browser opens: see ReportLimits.
"""
import html
import re
from pathlib import Path
from typing import Dict, List, NamedTuple, Optional, Tuple

import pandas as pd

from . import __version__, analysis
from .dataframes import Tables, load, read_table
from .summary import format_value
from .writer import write_text_atomically

REPORT = "report.html"
COLORS = {"ORG": "#7aecec", "PERSON": "#c9b8ff", "FIGURE": "#fed28a"}


class ReportLimits(NamedTuple):
    """How much of a corpus the report shows; the tables always hold everything."""

    articles: int = 200  # articles shown in full (text, figures, relations), in table order
    entities: int = 2000  # rows of the entity table, most-mentioned first
    graph_nodes: int = 60  # organisations in the collaboration network, best-connected first
    speakers: int = 50  # speakers in quotes by speaker, most-quoted first
    quotes_per_speaker: int = 5


def esc(value) -> str:
    """HTML-escaped text of a cell; empty for a missing value."""
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    return html.escape(str(value))


def or_else(value, fallback: str) -> str:
    """value as text, or fallback when it is missing or empty."""
    return fallback if value is None or pd.isna(value) or not str(value) else str(value)


def page_id(article_id: str) -> str:
    """The article page's anchor: its id with characters unsafe in a URL fragment replaced."""
    return "a-" + re.sub(r"[^\w.-]", "_", article_id)


def load_report_tables(out_dir: Path, max_articles: int) -> Tuple[Tables, pd.DataFrame]:
    """The tables without their long text columns, and the text of the first max_articles articles."""
    tables = load(out_dir, text=False)
    texts = read_table(out_dir, "articles", columns=["article_id", "text"], nrows=max_articles)
    return tables, texts


def build_report(out_dir: Path, limits: ReportLimits = ReportLimits()) -> str:
    """The report of the tables in out_dir as one HTML document."""
    tables, texts = load_report_tables(Path(out_dir), limits.articles)
    titles = tables.articles.set_index("article_id")["title"]
    shown = [aid for aid in texts["article_id"] if not pd.isna(aid)]  # a bad JSON Lines line has no id
    anchors = {aid: page_id(aid) for aid in shown}
    pages = [corpus_page(tables, anchors, limits)]
    # Rows of the shown articles only, so each page filters a few hundred rows, not the corpus.
    of_shown = Tables({name: tables[name][tables[name]["article_id"].isin(shown)]
                       for name in ("articles", "mentions", "figures", "relations")})
    names = analysis.names(tables)
    pages += [article_page(of_shown, names, row.article_id, row.text, titles.get(row.article_id))
              for row in texts.itertuples() if not pd.isna(row.article_id)]
    nav = navigation(shown, titles, len(tables.articles))
    return PAGE.format(version=esc(__version__), css=CSS, js=JS, nav=nav, pages="\n".join(pages))


def write_report(out_dir: Path, limits: ReportLimits = ReportLimits()) -> Path:
    """Build the report of the tables in out_dir and write it there (atomically) as report.html."""
    path = Path(out_dir) / REPORT
    write_text_atomically(path, build_report(out_dir, limits))
    return path


# ---- navigation ---------------------------------------------------------------------------------

def navigation(shown: List[str], titles: pd.Series, n_articles: int) -> str:
    links = "\n".join(f'<li><a href="#{page_id(aid)}" title="{esc(aid)}">{esc(or_else(titles.get(aid), aid))}'
                      f'<small>{esc(aid)}</small></a></li>' for aid in shown)
    more = (f'<p class="muted">{n_articles - len(shown):,} more articles are in the tables but not shown here '
            f"(<code>nhs-extract report --articles N</code>).</p>" if n_articles > len(shown) else "")
    return (f'<a class="nav-corpus" href="#corpus">Corpus overview</a>'
            f'<input id="nav-filter" type="search" placeholder="Filter {len(shown):,} articles" '
            f'aria-label="Filter articles">'
            f'<ul id="nav-articles">{links}</ul>{more}')


# ---- corpus page --------------------------------------------------------------------------------

def corpus_page(tables: Tables, anchors: Dict[str, str], limits: ReportLimits) -> str:
    parts = [
        "<h1>Corpus overview</h1>",
        counts_cards(analysis.counts(tables)),
        '<h2 id="entities-heading">Organisations and people</h2>',
        entity_table(tables.entities, anchors, limits.entities),
        "<h2>Collaboration network</h2>",
        collaboration_graph(analysis.collaborations(tables), tables.entities, limits.graph_nodes),
        "<h2>Quotes by speaker</h2>",
        quotes_section(analysis.quotes_by_speaker(tables), anchors, limits),
        "<h2>Largest figure of each measure</h2>",
        figures_overview(analysis.largest_figures(tables, 25), anchors),
    ]
    return section("corpus", "\n".join(parts))


def section(anchor: str, body: str) -> str:
    return f'<section class="page" id="{anchor}">{body}</section>'


def counts_cards(counts: Dict[str, int]) -> str:
    cards = "".join(f'<div class="card"><b>{n:,}</b><span>{esc(name)}</span></div>' for name, n in counts.items())
    return f'<div class="cards">{cards}</div>'


def article_links(article_ids: Optional[str], anchors: Dict[str, str], limit: int = 6) -> str:
    ids = [a for a in (article_ids or "").split("|") if a]
    links = [f'<a href="#{anchors[a]}">{esc(a)}</a>' if a in anchors else esc(a) for a in ids[:limit]]
    return ", ".join(links) + (f" and {len(ids) - limit} more" if len(ids) > limit else "")


def entity_table(entities: pd.DataFrame, anchors: Dict[str, str], limit: int) -> str:
    ranked = entities.sort_values(["n_mentions", "canonical"], ascending=[False, True]).head(limit)
    rows = "\n".join(
        f'<tr><td>{esc(r.canonical)}</td><td><span class="tag tag-{esc(r.label)}">{esc(r.label)}</span></td>'
        f'<td class="num">{r.n_mentions}</td><td class="num">{r.n_articles}</td>'
        f'<td>{esc(", ".join(a for a in (r.aliases or "").split("|") if a != r.canonical))}</td>'
        f"<td>{article_links(r.articles, anchors)}</td></tr>"
        for r in ranked.itertuples())
    capped = (f'<p class="muted">The {limit:,} most-mentioned of {len(entities):,} entities; all are in '
              f"entities.csv.</p>" if len(entities) > limit else "")
    return (f'<input class="table-filter" id="entity-filter" type="search" data-table="entity-table" '
            f'placeholder="Search names, aliases, articles" aria-label="Search entities">'
            f' <span class="muted" id="entity-table-count"></span>{capped}'
            f'<table class="sortable" id="entity-table"><thead><tr>'
            f'<th data-type="text">name</th><th data-type="text">type</th><th data-type="num">mentions</th>'
            f'<th data-type="num">articles</th><th data-type="text">also written</th><th data-type="text">in</th>'
            f"</tr></thead><tbody>{rows}</tbody></table>")


def collaboration_graph(pairs: pd.DataFrame, entities: pd.DataFrame, max_nodes: int,
                        width: int = 960, height: int = 560) -> str:
    """The collaboration network as inline SVG, laid out here (spring layouts with a fixed seed)."""
    if pairs.empty:
        return '<p class="muted">No collaborations were found.</p>'
    import networkx as nx

    graph = nx.Graph()
    for r in pairs.itertuples():
        graph.add_edge(r.id_a, r.id_b, weight=int(r.n), label=f"{r.org_a} – {r.org_b}: {r.triggers}")
    n_organisations = graph.number_of_nodes()
    if n_organisations > max_nodes:
        graph = strongest_subgraph(graph, max_nodes)
    height = height if graph.number_of_nodes() > 12 else height * 3 // 4
    at = packed_layout(graph, width, height)
    info = entities.set_index("entity_id")
    edges = "".join(
        f'<line x1="{at[a][0]:.1f}" y1="{at[a][1]:.1f}" x2="{at[b][0]:.1f}" y2="{at[b][1]:.1f}" '
        f'stroke-width="{1 + 1.5 * d["weight"]:.1f}"><title>{esc(d["label"])}</title></line>'
        for a, b, d in graph.edges(data=True))
    nodes = []
    for node, (x, y) in at.items():
        name = info["canonical"].get(node, node)
        mentions = int(info["n_mentions"].get(node, 1) or 1)
        radius = 5 + 2.2 * mentions ** 0.5
        nodes.append(f'<g class="node"><circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}">'
                     f"<title>{esc(name)}: {mentions} mentions</title></circle>"
                     f'<text x="{x:.1f}" y="{y - radius - 4:.1f}">{esc(name)}</text></g>')
    note = (f'<p class="muted">The {graph.number_of_nodes()} best-connected of {n_organisations} organisations.</p>'
            if n_organisations > max_nodes else "")
    return (f'<figure class="graph"><svg id="collaboration-graph" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="Collaboration network"><g class="edges">{edges}</g>{"".join(nodes)}</svg>'
            f"<figcaption>Organisations stated to work together; a thicker line is stated more often, a "
            f"bigger circle is mentioned more. Hover for details.</figcaption></figure>{note}")


def strongest_subgraph(graph, max_nodes: int):
    """At most max_nodes organisations, taken pair by pair from the most often stated and best-connected
    pairs, so every organisation drawn has at least one line."""
    degree = dict(graph.degree(weight="weight"))
    ranked = sorted(graph.edges(data="weight"), key=lambda e: (-e[2], -(degree[e[0]] + degree[e[1]]), e[0], e[1]))
    kept: set = set()
    for a, b, _ in ranked:
        if len(kept | {a, b}) <= max_nodes:
            kept |= {a, b}
    return graph.subgraph(kept).copy()


def packed_layout(graph, width: int, height: int, margin: int = 90) -> Dict[str, Tuple[float, float]]:
    """Node positions in a width x height box: each connected component laid out by a spring layout in
    its own cell, cells side by side, so small separate partnerships do not float in empty space."""
    import networkx as nx

    components = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c))
    weights = [len(c) ** 0.5 for c in components]
    rows = max(1, round((len(components) * height / width) ** 0.5))  # cells about square
    per_row = -(-len(components) // rows)
    positions: Dict[str, Tuple[float, float]] = {}
    row_height = (height - 2 * margin) / rows
    for r in range(rows):
        cells = list(zip(components, weights))[r * per_row:(r + 1) * per_row]
        total = sum(w for _, w in cells)
        x0 = margin
        for nodes, weight in cells:
            cell_width = (width - 2 * margin) * weight / total
            layout = nx.spring_layout(graph.subgraph(nodes), seed=7) if len(nodes) > 2 else {
                n: (i - (len(nodes) - 1) / 2, 0.0) for i, n in enumerate(nodes)}
            xs, ys = [p[0] for p in layout.values()], [p[1] for p in layout.values()]
            for node, (x, y) in layout.items():
                fx = (x - min(xs)) / ((max(xs) - min(xs)) or 1) if len(nodes) > 1 else 0.5
                fy = (y - min(ys)) / ((max(ys) - min(ys)) or 1) if max(ys) > min(ys) else 0.5
                positions[node] = (x0 + cell_width * (0.2 + 0.6 * fx),
                                   margin + r * row_height + row_height * (0.1 + 0.8 * fy))
            x0 += cell_width
    return positions


def quotes_section(quotes: pd.DataFrame, anchors: Dict[str, str], limits: ReportLimits) -> str:
    if quotes.empty:
        return '<p class="muted">No quotes were found.</p>'
    speakers = list(dict.fromkeys(quotes["speaker"].fillna("(unknown speaker)")))
    blocks = []
    for rank, speaker in enumerate(speakers[:limits.speakers]):
        said = quotes[quotes["speaker"].fillna("(unknown speaker)") == speaker]
        said = said.iloc[said["quote_text"].str.len().fillna(0).argsort()[::-1]]  # the fullest quotes first
        items = "".join(
            f'<li><q>{esc(q.quote_text)}</q> <span class="muted">— '
            f'{article_links(q.article_id, anchors, 1)}</span></li>'
            for q in said.head(limits.quotes_per_speaker).itertuples())
        more = (f'<li class="muted">and {len(said) - limits.quotes_per_speaker} more in relations.csv</li>'
                if len(said) > limits.quotes_per_speaker else "")
        n_quotes = f"{len(said)} quote{'s' if len(said) != 1 else ''}"
        blocks.append(f"<details{' open' if rank < 3 else ''}><summary><b>{esc(speaker)}</b> "
                      f'<span class="muted">{n_quotes}</span></summary><ul class="quotes">{items}{more}</ul></details>')
    more = (f'<p class="muted">The {limits.speakers} most-quoted of {len(speakers):,} speakers.</p>'
            if len(speakers) > limits.speakers else "")
    return "".join(blocks) + more


def figures_overview(figures: pd.DataFrame, anchors: Dict[str, str]) -> str:
    if figures.empty:
        return '<p class="muted">No figures with a measure were found.</p>'
    rows = "".join(f'<tr><td>{esc(r.measure)}</td><td class="num">{esc(format_value(r.value, r.unit))}</td>'
                   f"<td>{esc(r.text)}</td><td>{esc(r.period)}</td><td class=\"num\">{r.n_figures}</td>"
                   f"<td>{article_links(r.article_id, anchors)}</td></tr>" for r in figures.itertuples())
    return ('<table class="sortable" id="figure-table"><thead><tr><th data-type="text">measure</th>'
            '<th data-type="num">value</th><th data-type="text">as written</th><th data-type="text">period</th>'
            f'<th data-type="num">figures</th><th data-type="text">article</th></tr></thead><tbody>{rows}'
            "</tbody></table>")


# ---- article pages ------------------------------------------------------------------------------

def article_page(tables: Tables, names: pd.Series, article_id: str, text: Optional[str],
                 title: Optional[str]) -> str:
    """One article: its text with entities highlighted, and its figures and relations beside it."""
    meta = tables.articles[tables.articles["article_id"] == article_id].iloc[0]
    heading = (f"<h1>{esc(or_else(title, article_id))}</h1>"
               f'<p class="muted">{esc(article_id)} · {esc(meta.source_path)}</p>')
    if meta.status != "ok" or or_else(text, "") == "":
        return section(page_id(article_id), heading + f'<p class="error">Not processed: {esc(meta.error)}</p>')
    mentions = tables.mentions[tables.mentions["article_id"] == article_id]
    figures = tables.figures[tables.figures["article_id"] == article_id]
    relations = tables.relations[tables.relations["article_id"] == article_id]
    side = figure_list(figures) + relation_list(relations, text, names)
    body = (f'<div class="article"><div class="text">{highlighted(text, mentions)}</div>'
            f'<aside class="side">{side}</aside></div>')
    return section(page_id(article_id), heading + legend() + body)


def legend() -> str:
    return ('<p class="legend">' + "".join(f'<span class="tag tag-{label}">{label}</span>' for label in COLORS)
            + "</p>")


# displaCy's entity template, with the canonical name and entity id as a tooltip.
ENT_TEMPLATE = ('<mark class="entity ent-{label}" style="background: {bg}" title="{tip}">{text}'
                '<span class="ent-label">{label}</span></mark>')


def highlighted(text: str, mentions: pd.DataFrame) -> str:
    """The article's text with its mentions marked, rendered by displaCy from the table offsets."""
    from spacy import displacy

    ents = [{"start": int(m.start), "end": int(m.end), "label": str(m.label),
             "params": {"tip": esc(tooltip(m))}}
            for m in mentions.sort_values("start").itertuples()]
    return displacy.render({"text": text, "ents": ents, "title": None}, style="ent", manual=True, page=False,
                           jupyter=False, options={"colors": COLORS, "template": ENT_TEMPLATE})


def tooltip(mention) -> str:
    parts = [str(mention.canonical) if pd.notna(mention.canonical) else mention.text]
    if pd.notna(mention.entity_id):
        parts.append(str(mention.entity_id))
    if pd.notna(mention.role):
        parts.append(str(mention.role))
    return " · ".join(parts)


def figure_list(figures: pd.DataFrame) -> str:
    if figures.empty:
        return "<h3>Figures</h3><p class=\"muted\">none</p>"
    items = "".join(
        f'<li><b>{esc(f.text)}</b> <span class="value">{esc(format_value(f.value, f.unit))}</span>'
        f'{" " + esc(f.qualifier).replace("_", " ") if pd.notna(f.qualifier) else ""}'
        f'<br><span class="muted">{esc(f.measure) or "no measure"}'
        f'{" · " + esc(f.period) if pd.notna(f.period) else ""}</span></li>'
        for f in figures.itertuples())
    return f'<h3>Figures ({len(figures)})</h3><ul class="figures">{items}</ul>'


def relation_list(relations: pd.DataFrame, text: str, names: pd.Series) -> str:
    if relations.empty:
        return "<h3>Relations</h3><p class=\"muted\">none</p>"

    def name(entity_id, start, end) -> str:
        if pd.notna(entity_id) and entity_id in names.index:
            return esc(names[entity_id])
        return esc(text[int(start):int(end)]) if pd.notna(start) else "?"

    items = []
    for r in relations.itertuples():
        head, tail = name(r.head_entity_id, r.head_start, r.head_end), name(r.tail_entity_id, r.tail_start,
                                                                                r.tail_end)
        if r.type == "role":
            line = f"<b>{head}</b>, {esc(r.role)}, <b>{tail}</b>"
        elif r.type == "collaboration":
            line = f"<b>{head}</b> ↔ <b>{tail}</b> <span class=\"muted\">({esc(r.trigger)})</span>"
        else:
            line = f"<b>{head}</b>: <q>{esc(r.quote_text)}</q>"
        items.append(f'<li class="rel rel-{esc(r.type)}"><span class="tag">{esc(r.type)}</span> {line}</li>')
    return f'<h3>Relations ({len(relations)})</h3><ul class="relations">{"".join(items)}</ul>'


CSS = """
:root { --ink:#1f2933; --muted:#6b7785; --line:#e3e8ee; --accent:#005eb8; --bg:#f6f8fa; }
* { box-sizing:border-box; }
body { margin:0; font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif; color:var(--ink);
  background:var(--bg); display:flex; min-height:100vh; }
nav { width:280px; flex:none; background:#fff; border-right:1px solid var(--line); padding:16px; height:100vh;
  position:sticky; top:0; overflow:auto; }
nav .brand { font-weight:700; color:var(--accent); margin:0 0 12px; }
nav a { color:var(--ink); text-decoration:none; display:block; padding:4px 6px; border-radius:4px; font-size:13px; }
nav a:hover, nav a.current { background:#e8f1fb; color:var(--accent); }
nav .nav-corpus { font-weight:600; font-size:14px; margin-bottom:8px; }
nav a small { display:block; color:var(--muted); font-size:11px; overflow:hidden; text-overflow:ellipsis; }
nav ul { list-style:none; margin:8px 0; padding:0; }
main { flex:1; padding:24px 32px; max-width:1280px; }
h1 { font-size:24px; margin:0 0 4px; } h2 { font-size:19px; margin:32px 0 10px; }
h3 { font-size:15px; margin:16px 0 6px; }
.muted { color:var(--muted); font-size:13px; }
.error { color:#b00020; }
.cards { display:flex; flex-wrap:wrap; gap:10px; margin:16px 0; }
.card { background:#fff; border:1px solid var(--line); border-radius:8px; padding:10px 14px; min-width:120px; }
.card b { display:block; font-size:22px; color:var(--accent); } .card span { color:var(--muted); font-size:12px; }
input[type=search] { padding:6px 10px; border:1px solid #c5ced8; border-radius:6px; font:inherit; width:100%;
  max-width:360px; }
nav input[type=search] { font-size:13px; }
table { border-collapse:collapse; width:100%; background:#fff; margin-top:8px; font-size:13px; }
th, td { border-bottom:1px solid var(--line); padding:6px 8px; text-align:left; vertical-align:top; }
th { background:#eef2f6; cursor:pointer; user-select:none; position:sticky; top:0; white-space:nowrap; }
th::after { content:" ↕"; color:#9aa5b1; } th[aria-sort=ascending]::after { content:" ↑"; color:var(--accent); }
th[aria-sort=descending]::after { content:" ↓"; color:var(--accent); }
td.num { text-align:right; font-variant-numeric:tabular-nums; }
#entity-table { display:block; max-height:520px; overflow:auto; }
.tag { display:inline-block; font-size:11px; font-weight:600; padding:1px 6px; border-radius:4px;
  background:#eef2f6; margin-right:4px; }
.tag-ORG { background:#7aecec; } .tag-PERSON { background:#c9b8ff; } .tag-FIGURE { background:#fed28a; }
.graph { background:#fff; border:1px solid var(--line); border-radius:8px; margin:0; padding:8px; }
.graph svg { width:100%; height:auto; }
.graph line { stroke:#9fb3c8; } .graph circle { fill:var(--accent); fill-opacity:.85; stroke:#fff; stroke-width:1.5; }
.graph text { font-size:12px; text-anchor:middle; fill:var(--ink); paint-order:stroke; stroke:#fff; stroke-width:3px; }
figcaption { color:var(--muted); font-size:12px; padding:4px 8px; }
details { background:#fff; border:1px solid var(--line); border-radius:6px; margin:6px 0; padding:6px 10px; }
summary { cursor:pointer; } ul.quotes { margin:6px 0; padding-left:18px; } ul.quotes li { margin:4px 0; }
.article { display:flex; gap:24px; align-items:flex-start; margin-top:12px; }
.article .text { flex:1; background:#fff; border:1px solid var(--line); border-radius:8px; padding:16px 20px;
  min-width:0; }
.entities { line-height:2.3 !important; }
mark.entity { padding:.2em .4em; margin:0 .1em; border-radius:.3em; line-height:1; }
.ent-label { font-size:.7em; font-weight:700; margin-left:.4em; vertical-align:middle; opacity:.75; }
.side { width:340px; flex:none; background:#fff; border:1px solid var(--line); border-radius:8px; padding:4px 14px 12px;
  position:sticky; top:12px; max-height:95vh; overflow:auto; font-size:13px; }
.side ul { padding-left:16px; margin:4px 0; } .side li { margin:6px 0; }
.value { color:var(--accent); font-weight:600; }
.legend .tag { font-size:12px; }
@media (max-width: 1000px) { body { display:block; } nav { width:auto; height:auto; position:static; }
  .article { display:block; } .side { width:auto; position:static; margin-top:12px; } }
"""

JS = """
(function () {
  function show() {
    var id = decodeURIComponent(location.hash.slice(1)) || 'corpus';
    var pages = document.querySelectorAll('section.page'), found = false;
    pages.forEach(function (p) { p.hidden = p.id !== id; found = found || p.id === id; });
    if (!found) { document.getElementById('corpus').hidden = false; id = 'corpus'; }
    document.querySelectorAll('nav a').forEach(function (a) {
      a.classList.toggle('current', a.getAttribute('href') === '#' + id);
    });
    window.scrollTo(0, 0);
  }
  function cellValue(row, i, numeric) {
    var text = row.cells[i].textContent.trim();
    if (!numeric) return text.toLowerCase();
    var n = parseFloat(text.replace(/[^0-9.\\-]/g, ''));
    return isNaN(n) ? -Infinity : n;
  }
  function sortBy(table, th, i) {
    var numeric = th.dataset.type === 'num';
    var ascending = th.getAttribute('aria-sort') === 'descending' || (!th.hasAttribute('aria-sort') && !numeric);
    var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, i, numeric), y = cellValue(b, i, numeric);
      return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
    });
    rows.forEach(function (r) { body.appendChild(r); });
    table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }
  function filterRows(input) {
    var table = document.getElementById(input.dataset.table), q = input.value.trim().toLowerCase(), shown = 0;
    var rows = table.tBodies[0].rows;
    for (var r = 0; r < rows.length; r++) {
      var on = !q || rows[r].textContent.toLowerCase().indexOf(q) >= 0;
      rows[r].hidden = !on; if (on) shown++;
    }
    var count = document.getElementById(input.dataset.table + '-count');
    if (count) count.textContent = shown + ' of ' + rows.length + ' shown';
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    table.querySelectorAll('th').forEach(function (th, i) {
      th.addEventListener('click', function () { sortBy(table, th, i); });
    });
  });
  document.querySelectorAll('input.table-filter').forEach(function (input) {
    input.addEventListener('input', function () { filterRows(input); });
    filterRows(input);
  });
  var navFilter = document.getElementById('nav-filter');
  navFilter.addEventListener('input', function () {
    var q = navFilter.value.trim().toLowerCase();
    document.querySelectorAll('#nav-articles li').forEach(function (li) {
      li.hidden = q && li.textContent.toLowerCase().indexOf(q) < 0 && li.firstChild.title.toLowerCase().indexOf(q) < 0;
    });
  });
  window.addEventListener('hashchange', show);
  show();
})();
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="nhs-extract {version}">
<title>nhs-extract report</title>
<link rel="icon" href="data:,">
<style>{css}</style>
</head>
<body>
<nav><p class="brand">nhs-extract report</p>{nav}</nav>
<main>
{pages}
</main>
<script>{js}</script>
</body>
</html>
"""
