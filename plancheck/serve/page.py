"""The page of ``plancheck serve``: drop a draft (and a mandate, a parent plan), watch it being read, read the
report, download it. Bokmål by default, with nynorsk and English a click away; the words are
the data below, the markup and the script are the same for all three."""

from __future__ import annotations

import json
from html import escape

LANGS = ("nb", "nn", "en")
LANG_NAMES = {"nb": "Bokmål", "nn": "Nynorsk", "en": "English"}

TEXTS: dict[str, dict[str, str]] = {
    "nb": {
        "title": "Sjekk et planutkast",
        "intro": "Slipp utkastet til planen her (PDF, Word .docx eller OpenDocument .odt). "
        "plancheck finner mål, strategier og tiltak, sjekker at hvert tiltak har ansvarlig og "
        "frist, og viser funnene på sidene der de står. Filene blir på denne maskinen og slettes "
        "når sjekken er ferdig.",
        "draft": "Planutkast",
        "drop": "Dra filen hit, eller klikk for å velge",
        "mandate": "Mandat (valgfritt): er hvert punkt besvart?",
        "submit": "Sjekk utkastet",
        "queued": "Venter på tur …",
        "reading": "Leser dokumentet …",
        "reading_pages": "Leser side {done} av {total} …",
        "mandate_state": "Sammenligner med mandatet …",
        "parent": "Overordnet plan (valgfritt): følger utkastet opp målene i den? (den røde tråden)",
        "parent_state": "Sammenligner med den overordnede planen …",
        "checking": "Sjekker planen …",
        "rendering": "Lager rapporten …",
        "done": "Ferdig: {line}",
        "failed": "Kunne ikke sjekke dokumentet",
        "download": "Last ned",
        "report_html": "Rapporten (HTML)",
        "report_json": "JSON",
        "report_sarif": "SARIF",
        "choose_first": "Velg et planutkast først.",
        "language": "Språk",
        "too_big": "Filen er for stor",
        "again": "Sjekk et annet utkast",
    },
    "nn": {
        "title": "Sjekk eit planutkast",
        "intro": "Slepp utkastet til planen her (PDF, Word .docx eller OpenDocument .odt). "
        "plancheck finn mål, strategiar og tiltak, sjekkar at kvart tiltak har ansvarleg og "
        "frist, og viser funna på sidene der dei står. Filene blir på denne maskina og blir "
        "sletta når sjekken er ferdig.",
        "draft": "Planutkast",
        "drop": "Dra fila hit, eller klikk for å velje",
        "mandate": "Mandat (valfritt): er kvart punkt svara på?",
        "submit": "Sjekk utkastet",
        "queued": "Ventar på tur …",
        "reading": "Les dokumentet …",
        "reading_pages": "Les side {done} av {total} …",
        "mandate_state": "Samanliknar med mandatet …",
        "parent": "Overordna plan (valfritt): følgjer utkastet opp måla i han? (den raude tråden)",
        "parent_state": "Samanliknar med den overordna planen …",
        "checking": "Sjekkar planen …",
        "rendering": "Lagar rapporten …",
        "done": "Ferdig: {line}",
        "failed": "Kunne ikkje sjekke dokumentet",
        "download": "Last ned",
        "report_html": "Rapporten (HTML)",
        "report_json": "JSON",
        "report_sarif": "SARIF",
        "choose_first": "Vel eit planutkast først.",
        "language": "Språk",
        "too_big": "Fila er for stor",
        "again": "Sjekk eit anna utkast",
    },
    "en": {
        "title": "Check a draft plan",
        "intro": "Drop the draft plan here (PDF, Word .docx or OpenDocument .odt). plancheck "
        "finds its goals, strategies and measures, checks that every measure has an owner and a "
        "deadline, and shows the findings on the pages where they stand. The files stay on this "
        "machine and are deleted when the check is done.",
        "draft": "Draft plan",
        "drop": "Drag the file here, or click to choose",
        "mandate": "Mandate (optional): is every point answered?",
        "submit": "Check the draft",
        "queued": "Waiting …",
        "reading": "Reading the document …",
        "reading_pages": "Reading page {done} of {total} …",
        "mandate_state": "Comparing with the mandate …",
        "parent": "Parent plan (optional): does the draft follow up its goals?",
        "parent_state": "Comparing with the parent plan …",
        "checking": "Checking the plan …",
        "rendering": "Making the report …",
        "done": "Done: {line}",
        "failed": "Could not check the document",
        "download": "Download",
        "report_html": "The report (HTML)",
        "report_json": "JSON",
        "report_sarif": "SARIF",
        "choose_first": "Choose a draft plan first.",
        "language": "Language",
        "too_big": "The file is too large",
        "again": "Check another draft",
    },
}

CSS = """
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f1f1f;background:#f6f6f8}
header{background:#1f3a5f;color:#fff;padding:14px 24px;display:flex;justify-content:space-between;align-items:center}
header h1{font-size:1.3rem;margin:0}
header nav a{color:#fff;margin-left:12px}
header nav a[aria-current]{font-weight:700;text-decoration:none}
main{max-width:1180px;margin:0 auto;padding:20px 24px}
form{background:#fff;border:1px solid #dcdce3;border-radius:6px;padding:16px 20px}
.drop{display:block;border:2px dashed #8a94a6;border-radius:6px;padding:28px;text-align:center;cursor:pointer;background:#fafbff}
.drop.over{background:#e8f0fe;border-color:#0b57d0}
.drop input{display:block;margin:10px auto 0}
.field{margin:12px 0}
label b{display:block;margin-bottom:4px}
button{font:inherit;font-weight:600;background:#0b57d0;color:#fff;border:0;border-radius:4px;padding:8px 18px;cursor:pointer}
button:disabled{background:#8a94a6}
#status{margin:14px 0;font-weight:600}
#status.failed{color:#b3261e}
progress{width:100%;height:12px}
#downloads a{margin-right:14px}
iframe{width:100%;height:80vh;border:1px solid #dcdce3;border-radius:6px;background:#fff;margin-top:10px}
[hidden]{display:none!important}
"""

SCRIPT = """
(function(){
  var T = JSON.parse(document.getElementById('texts').textContent);
  var form = document.getElementById('upload'), status = document.getElementById('status');
  var bar = document.getElementById('bar'), result = document.getElementById('result');
  var drop = document.getElementById('drop'), draft = document.getElementById('draft');
  function fmt(s, v){ return s.replace(/\\{(\\w+)\\}/g, function(_, k){ return v[k]; }); }
  ['dragenter','dragover'].forEach(function(e){ drop.addEventListener(e, function(ev){ ev.preventDefault(); drop.classList.add('over'); }); });
  ['dragleave','drop'].forEach(function(e){ drop.addEventListener(e, function(){ drop.classList.remove('over'); }); });
  drop.addEventListener('drop', function(ev){ ev.preventDefault(); if(ev.dataTransfer.files.length){ draft.files = ev.dataTransfer.files; } });
  function show(job){
    status.className = job.state;
    if(job.state === 'reading' && job.total){ status.textContent = fmt(T.reading_pages, job); bar.max = job.total; bar.value = job.done; }
    else if(job.state === 'mandate'){ status.textContent = T.mandate_state; }
    else if(job.state === 'parent'){ status.textContent = T.parent_state; }
    else if(job.state === 'done'){ status.textContent = fmt(T.done, job.summary); bar.hidden = true; }
    else if(job.state === 'failed'){ status.textContent = T.failed + ': ' + job.error; bar.hidden = true; }
    else { status.textContent = T[job.state] || job.state; bar.removeAttribute('value'); }
  }
  function poll(id){
    fetch('api/jobs/' + id).then(function(r){ return r.json(); }).then(function(job){
      show(job);
      if(job.state === 'done'){
        var base = 'api/jobs/' + id + '/report.';
        document.getElementById('dl-html').href = base + 'html?download=1';
        document.getElementById('dl-json').href = base + 'json';
        document.getElementById('dl-sarif').href = base + 'sarif';
        document.getElementById('report').src = base + 'html';
        result.hidden = false;
        form.querySelector('button').disabled = false;
      } else if(job.state === 'failed'){
        form.querySelector('button').disabled = false;
      } else { setTimeout(function(){ poll(id); }, 400); }
    });
  }
  form.addEventListener('submit', function(ev){
    ev.preventDefault();
    if(!draft.files.length){ status.className = 'failed'; status.textContent = T.choose_first; return; }
    result.hidden = true; bar.hidden = false; bar.removeAttribute('value');
    form.querySelector('button').disabled = true;
    status.className = ''; status.textContent = T.queued;
    fetch('api/jobs', {method: 'POST', body: new FormData(form)}).then(function(r){
      return r.json().then(function(body){ return [r.ok, body]; });
    }).then(function(res){
      if(!res[0]){ status.className = 'failed'; status.textContent = T.failed + ': ' + res[1].detail; bar.hidden = true; form.querySelector('button').disabled = false; return; }
      poll(res[1].id);
    });
  });
})();
"""


def page_html(lang: str = "nb", *, max_upload_mb: int | None = None) -> str:
    """The upload page in ``lang`` (nb, nn or en; anything else is bokmål)."""
    lang = lang if lang in LANGS else "nb"
    T = TEXTS[lang]
    current = ' aria-current="page"'
    switch = "".join(
        f'<a href="?lang={code}"{current if code == lang else ""} '
        f'hreflang="{code}">{LANG_NAMES[code]}</a>'
        for code in LANGS
    )
    limit = f" (≤ {max_upload_mb} MB)" if max_upload_mb else ""
    texts = json.dumps(T, ensure_ascii=False).replace("</", "<\\/")
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>plancheck – {escape(T["title"])}</title>
<style>{CSS}</style>
</head>
<body>
<header><h1>plancheck – {escape(T["title"])}</h1>
<nav aria-label="{escape(T["language"])}">{switch}</nav></header>
<main>
<p>{escape(T["intro"])}</p>
<form id="upload" enctype="multipart/form-data">
<input type="hidden" name="lang" value="{lang}">
<label class="drop" id="drop"><b>{escape(T["draft"])}{escape(limit)}</b>{escape(T["drop"])}
<input type="file" id="draft" name="draft" accept=".pdf,.docx,.odt"></label>
<div class="field"><label><b>{escape(T["mandate"])}</b>
<input type="file" id="mandate" name="mandate" accept=".pdf,.docx,.odt,.txt,.md"></label></div>
<div class="field"><label><b>{escape(T["parent"])}</b>
<input type="file" id="parent" name="parent" accept=".pdf,.docx,.odt"></label></div>
<button type="submit">{escape(T["submit"])}</button>
</form>
<p id="status" role="status" aria-live="polite"></p>
<progress id="bar" hidden></progress>
<section id="result" hidden>
<p id="downloads">{escape(T["download"])}:
<a id="dl-html" download>{escape(T["report_html"])}</a>
<a id="dl-json" download>{escape(T["report_json"])}</a>
<a id="dl-sarif" download>{escape(T["report_sarif"])}</a></p>
<iframe id="report" title="{escape(T["report_html"])}"></iframe>
</section>
</main>
<script type="application/json" id="texts">{texts}</script>
<script>{SCRIPT}</script>
</body>
</html>
"""
