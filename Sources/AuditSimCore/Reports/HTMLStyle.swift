/// The HTML report's stylesheet, inlined so the file stands alone: calm colours, the
/// system font, and print rules for A4 that keep a finding on one page.
enum HTMLStyle {
    static let css = """
    :root { --ink:#1f2933; --muted:#52606d; --faint:#7b8794; --line:#d9e2ec; --paper:#ffffff; --wash:#f5f7fa;
      --navy:#243b53; --major:#c2413b; --minor:#e3a33b; --obs:#3f7fc1; --ofi:#8fa89b; --ok:#2f855a; }
    * { box-sizing: border-box; }
    html { background: var(--wash); }
    body { margin: 0 auto; max-width: 1040px; padding: 32px 40px 48px; background: var(--paper); color: var(--ink);
      font: 15px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
      -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    h1 { font-size: 26px; line-height: 1.25; margin: 0 0 4px; color: var(--navy); }
    h2 { font-size: 19px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--line); color: var(--navy); }
    h3 { font-size: 16px; margin: 24px 0 10px; color: var(--navy); }
    p { margin: 0 0 10px; }
    .muted { color: var(--muted); }
    .subtitle { color: var(--muted); margin: 0 0 20px; }
    header.report { display: grid; grid-template-columns: 1fr auto; gap: 24px; align-items: start;
      padding-bottom: 20px; border-bottom: 1px solid var(--line); }
    .verdict { min-width: 250px; border-radius: 10px; padding: 14px 18px; color: #fff; text-align: right; }
    .verdict .label { font-size: 12px; text-transform: uppercase; letter-spacing: .08em; opacity: .9; }
    .verdict .value { font-size: 22px; font-weight: 700; line-height: 1.2; margin: 2px 0 6px; }
    .verdict .score { font-size: 14px; }
    .verdict .score strong { font-size: 26px; }
    .verdict.not-ready { background: var(--major); }
    .verdict.ready-with-corrective-actions { background: #b7791f; }
    .verdict.ready { background: var(--ok); }
    .verdict .why { font-size: 12.5px; margin-top: 6px; max-width: 260px; margin-left: auto; }
    .recommendation { border-left: 6px solid var(--navy); background: var(--wash); padding: 10px 16px; margin: 0 0 14px; }
    .recommendation .label { font-size: 12px; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); }
    .recommendation .value { font-size: 19px; font-weight: 700; color: var(--navy); }
    .recommendation.do-not-recommend-yet { border-color: var(--major); }
    .recommendation.recommend-after-verification { border-color: var(--major); }
    .recommendation.recommend-after-acceptance { border-color: var(--minor); }
    .recommendation.recommend { border-color: var(--ok); }
    section.stage1.not-yet h2 { color: var(--major); }
    .rehearsal { background: #fff4e5; border: 1px solid var(--minor); padding: 8px 12px; border-radius: 6px; }
    table.cycle th { text-align: left; font-weight: 600; color: var(--muted); padding-right: 14px; }
    table.control-status th { text-align: left; white-space: nowrap; vertical-align: top; padding-right: 14px; }
    table.control-status .ref { display: inline-block; margin: 0 4px 2px 0; }
    td.root-cause { min-width: 120px; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 6px 18px; margin: 18px 0 0; }
    dl.facts dt { color: var(--muted); font-weight: 600; }
    dl.facts dd { margin: 0; }
    .cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; margin: 8px 0 4px; }
    .card { border: 1px solid var(--line); border-top: 5px solid var(--faint); border-radius: 8px; padding: 10px 14px; }
    .card .n { font-size: 28px; font-weight: 700; line-height: 1.1; }
    .card .t { color: var(--muted); font-size: 13px; }
    .card.zero .n { color: var(--faint); }
    .card.major { border-top-color: var(--major); } .card.minor { border-top-color: var(--minor); }
    .card.observation { border-top-color: var(--obs); } .card.improvement { border-top-color: var(--ofi); }
    .themes { display: flex; flex-wrap: wrap; gap: 6px 8px; margin: 12px 0 0; padding: 0; list-style: none; font-size: 13px; }
    .themes li { border: 1px solid var(--line); border-radius: 999px; padding: 2px 10px; background: var(--wash); }
    .themes b { margin-left: 4px; }
    .chart { margin: 6px 0 4px; }
    svg { max-width: 100%; height: auto; font-family: inherit; }
    svg.heatmap { width: 100%; }
    .hm-theme { font-size: 13px; font-weight: 600; fill: var(--navy); }
    .hm-cell { font-size: 11px; text-anchor: middle; font-variant-numeric: tabular-nums; }
    .bc-label { font-size: 12px; text-anchor: end; fill: var(--ink); }
    .bc-count, .bc-tick { font-size: 11px; text-anchor: middle; } .bc-tick { fill: var(--faint); }
    .bc-total { font-size: 12px; font-weight: 600; fill: var(--muted); }
    .bc-grid { stroke: var(--line); stroke-width: 1; }
    ul.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; padding: 0; margin: 6px 0 0; font-size: 12px; color: var(--muted); }
    .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 6px; vertical-align: -1px; }
    .swatch.excluded { border: 1px dashed #b8c2cc; }
    article.finding { border: 1px solid var(--line); border-left: 6px solid var(--faint); border-radius: 8px;
      padding: 12px 16px; margin: 0 0 14px; break-inside: avoid; page-break-inside: avoid; }
    article.finding.major { border-left-color: var(--major); } article.finding.minor { border-left-color: var(--minor); }
    article.finding.observation { border-left-color: var(--obs); } article.finding.improvement { border-left-color: var(--ofi); }
    article.finding h4 { margin: 0 0 8px; font-size: 15px; display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: baseline; }
    .fid { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; color: var(--muted); font-weight: 500; }
    .badge { display: inline-block; border-radius: 4px; padding: 1px 7px; font-size: 12px; font-weight: 600; color: #fff; white-space: nowrap; }
    .badge.major { background: var(--major); } .badge.minor { background: var(--minor); color: #3a2a06; }
    .badge.observation { background: var(--obs); } .badge.improvement { background: var(--ofi); }
    article.finding dl { display: grid; grid-template-columns: 150px 1fr; gap: 4px 14px; margin: 0; font-size: 14px; }
    article.finding dt { color: var(--muted); font-weight: 600; }
    article.finding dd { margin: 0; }
    article.finding ul { margin: 0; padding-left: 18px; }
    .kind { color: var(--faint); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; margin-right: 4px; }
    code, .ref { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
    table { width: 100%; border-collapse: collapse; font-size: 13px; margin: 4px 0 8px; }
    th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
    th { background: var(--wash); color: var(--navy); font-weight: 600; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    table.plan th:nth-child(1) { width: 21%; } table.plan th:nth-child(2) { width: 15%; } table.plan th:nth-child(3) { width: 23%; }
    table.plan th:nth-child(4) { width: 23%; } table.plan th:nth-child(5) { width: 12%; } table.plan th:nth-child(6) { width: 6%; }
    table.checklist th:nth-child(1) { width: 7%; } table.checklist th:nth-child(2) { width: 30%; } table.checklist th:nth-child(3) { width: 10%; }
    table.checklist th:nth-child(4) { width: 22%; }
    table.interviews th:nth-child(1) { width: 16%; } table.interviews th:nth-child(2) { width: 15%; } table.interviews th:nth-child(3) { width: 30%; }
    table.interviews th:nth-child(4) { width: 11%; }
    .ref { overflow-wrap: anywhere; }
    details > summary { cursor: pointer; color: var(--navy); font-weight: 600; margin: 4px 0 10px; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    thead { display: table-header-group; }
    .status { font-weight: 600; white-space: nowrap; }
    .status.present { color: var(--ok); } .status.missing { color: var(--major); } .status.deficient { color: #b7791f; }
    .scores { columns: 4 170px; column-gap: 20px; font-size: 12.5px; margin: 0; padding: 0; list-style: none; }
    .scores li { break-inside: avoid; display: flex; justify-content: space-between; border-bottom: 1px dotted var(--line); padding: 1px 0; }
    .scores li.low { color: var(--major); font-weight: 600; }
    footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--faint); font-size: 12px; }
    @page { size: A4; margin: 16mm 14mm 18mm; }
    @media print {
      html { background: none; }
      body { max-width: none; padding: 0; font-size: 10pt; }
      h2 { break-after: avoid; page-break-after: avoid; margin-top: 22px; }
      h3, h4 { break-after: avoid; page-break-after: avoid; }
      section.charts, header.report, .cards, .chart, ul.themes { break-inside: avoid; }
      h1 { font-size: 18pt; }
      dl.facts { gap: 3px 14px; margin-top: 12px; }
      .card { padding: 6px 10px; } .card .n { font-size: 20pt; }
      article.finding { padding: 8px 12px; margin-bottom: 10px; }
      article.finding dl { grid-template-columns: 118px 1fr; gap: 2px 12px; font-size: 9.5pt; }
      table { font-size: 8.5pt; }
      .cards { gap: 8px; }
    }
    """
}
