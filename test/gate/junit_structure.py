"""Parses JUnit XML from stdin with Python's own strict XML parser (expat, via ElementTree) and
prints its structure as JSON, so the tests check synthscope's JUnit output with a parser that is
not ours. A well-formedness error exits 1 with expat's message."""
import json
import sys
import xml.etree.ElementTree as ET

try:
    root = ET.fromstring(sys.stdin.buffer.read())
except ET.ParseError as error:
    print(f"not well-formed: {error}", file=sys.stderr)
    sys.exit(1)


def node(element):
    return {
        "tag": element.tag,
        "attrib": dict(element.attrib),
        "text": element.text if element.text and element.text.strip() else None,
        "children": [node(child) for child in element],
    }


print(json.dumps(node(root)))
