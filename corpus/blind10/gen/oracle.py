#!/usr/bin/env python3
"""Feed every answer back through shared/tools/score.py (the answer itself as the extractor's
output): checks that every YAML parses, every value is well-formed, and that they score 1.000."""
import os, sys, json, subprocess, yaml, glob

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if len(sys.argv) == 2:  # called by score.py with a case file: print the answer as schema-v1 JSON
    stem = sys.argv[1].rsplit(".", 1)[0]
    g = yaml.safe_load(open(stem + ".expected.yaml", encoding="utf-8"))
    out = {
        "document": {"date": str(g["document"]["date"]) if g["document"]["date"] else None,
                     "number": g["document"]["number"]},
        "outages": [{"start": o["start"], "end": o["end"], "status": o["status"],
                     "prefectures": [{"code": c} for c in o["prefectures"]]} for o in g["outages"]],
        "contacts": [{"phone": p} for p in g["phones"]],
        "urls": [{"url": u, "kb_article": next((k for k in g["kb_articles"] if k in u), None)} for u in g["urls"]],
    }
    print(json.dumps(out, ensure_ascii=False))
    sys.exit(0)
for y in glob.glob(os.path.join(ROOT, "cases", "*.expected.yaml")):
    g = yaml.safe_load(open(y, encoding="utf-8"))
    assert set(g) >= {"id", "document", "outages", "phones", "urls", "kb_articles"}, y
    assert g["id"] == os.path.basename(y)[: -len(".expected.yaml")], y
    for o in g["outages"]:
        assert o["status"] in {"planned", "cancelled", "rescheduled", "incident", "completed"}, (y, o)
        assert all(len(c) == 2 and 1 <= int(c) <= 47 for c in o["prefectures"]), (y, o)
        assert o["prefectures"] == sorted(o["prefectures"]), (y, o)
        if o["end"]:
            import datetime as dt
            assert dt.datetime.fromisoformat(o["end"]) > dt.datetime.fromisoformat(o["start"]), (y, o)
    for k in g["kb_articles"]:
        assert any(k in u for u in g["urls"]), (y, k)
r = subprocess.run([sys.executable, os.path.join("/work/shared/tools/score.py"), os.path.join(ROOT, "cases"),
                    "--cmd", f"{sys.executable} {os.path.abspath(__file__)} {{}}", "--min-f1", "1.0"],
                   capture_output=True, text=True)
print(r.stdout.strip().splitlines()[-1])
sys.exit(r.returncode)
