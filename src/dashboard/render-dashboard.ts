/** Where the page finds its bundle and the API. */
export interface DashboardPage {
  scriptUrl: string;
  styleUrl: string;
  graphqlEndpoint: string;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The dashboard's HTML: the page skeleton with its labels; `client/main.ts` fills it in.
 * Landmarks and labels live here so the page reads sensibly before the script runs.
 */
export function renderDashboard({ scriptUrl, styleUrl, graphqlEndpoint }: DashboardPage): string {
  return /* HTML */ `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>aikg: AI-industry knowledge graph</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeAttr(styleUrl)}">
<script type="module" src="${escapeAttr(scriptUrl)}"></script>
</head>
<body data-graphql="${escapeAttr(graphqlEndpoint)}">
<a class="skip-link" href="#graph-area">Skip to the graph</a>
<header class="topbar">
  <h1 class="brand">aikg</h1>
  <div class="search" role="search">
    <label class="visually-hidden" for="search-input">Search entities</label>
    <input id="search-input" type="search" placeholder="Search entities, e.g. OpenAI" autocomplete="off">
  </div>
  <p id="live-status" class="live-status" role="status" aria-live="polite">Live: off</p>
</header>
<div class="layout">
  <aside class="sidebar" aria-label="Filters and path finder">
    <details id="filters-panel" class="panel" open>
      <summary>Filters</summary>
      <form id="filters" class="filters">
        <fieldset><legend>Predicates</legend><div id="predicate-options" class="options"></div></fieldset>
        <fieldset><legend>Modality</legend><div id="modality-options" class="options"></div></fieldset>
        <fieldset class="dates"><legend>Event or report date</legend>
          <label>From <input id="filter-from" name="from" type="date"></label>
          <label>To <input id="filter-to" name="to" type="date"></label>
        </fieldset>
        <label class="as-of">Graph as of <input id="filter-as-of" name="asOf" type="date"></label>
        <label class="depth">Hops <select id="filter-depth" name="depth">
          <option value="1">1</option><option value="2">2</option><option value="3">3</option>
        </select></label>
        <button id="filters-reset" type="reset">Clear filters</button>
      </form>
    </details>
    <details id="paths-panel" class="panel" open>
      <summary>Path finder</summary>
      <form id="path-form" class="path-form">
        <label for="path-from">From</label>
        <input id="path-from" type="text" autocomplete="off" placeholder="e.g. OpenAI">
        <label for="path-to">To</label>
        <input id="path-to" type="text" autocomplete="off" placeholder="e.g. TikTok">
        <button type="submit">Find paths</button>
      </form>
      <ol id="path-results" class="path-results" aria-live="polite"></ol>
    </details>
  </aside>
  <main id="graph-area" class="graph-area" tabindex="-1">
    <div class="graph-toolbar">
      <h2 id="graph-title">Search for an entity to begin</h2>
      <div class="toolbar-buttons" role="group" aria-label="Graph actions">
        <button id="fit-graph" type="button">Fit</button>
        <a id="export-graphml" class="button" download aria-disabled="true"
          title="The graph on screen, with evidence, for Gephi or yEd">GraphML</a>
        <a id="export-facts-csv" class="button" download aria-disabled="true"
          title="One row per fact and piece of evidence">Facts CSV</a>
        <a id="export-entities-csv" class="button" download aria-disabled="true"
          title="One row per entity">Entities CSV</a>
        <button id="export-png" type="button" title="Picture of the whole graph">PNG</button>
      </div>
    </div>
    <div id="graph" class="graph" role="img" aria-label="Graph of the selected entity's neighbourhood"></div>
    <p id="graph-message" class="graph-message" role="status"></p>
    <ul id="legend" class="legend" aria-label="Legend"></ul>
  </main>
  <aside class="details" aria-label="Evidence and timeline">
    <section id="evidence" class="panel evidence" aria-labelledby="evidence-title" tabindex="-1">
      <h2 id="evidence-title">Evidence</h2>
      <p class="hint">Click an edge of the graph or a fact of the timeline to read its sources.</p>
    </section>
    <section id="timeline" class="panel timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <ol id="timeline-list" class="timeline-list"></ol>
    </section>
  </aside>
</div>
</body>
</html>
`;
}
