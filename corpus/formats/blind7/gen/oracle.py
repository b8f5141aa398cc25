# Sanity check of the answer files against the scorer (NOT tsuchi): prints each case's
# expected.yaml as the JSON an extractor would print. Usage:
#   score.py ../cases --cmd "python3 oracle.py {}"   -> must give overall F1 1.000
import sys, json, yaml, os
p = sys.argv[1]; stem = p.rsplit('.',1)[0]
g = yaml.safe_load(open(stem + '.expected.yaml', encoding='utf-8'))
doc = g['document']
out = {"document": {"date": str(doc['date']) if doc['date'] else None, "number": doc['number']},
       "outages": [{"start": o['start'], "end": o['end'], "prefectures": [{"code": c} for c in o['prefectures']], "status": o['status']} for o in g['outages']],
       "contacts": [{"phone": x} for x in g['phones']],
       "urls": [{"url": u, "kb_article": next((k for k in g['kb_articles'] if k in u), None)} for u in g['urls']]}
print(json.dumps(out, ensure_ascii=False))
