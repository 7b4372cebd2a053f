"""Reference values for the PII detectors (src/text/pii/).

Run from the repository root:
    /usr/bin/python3 scripts/reference/pii.py
Writes fixtures/reference/pii.json. Needs Debian's python3-stdnum and python3-phonenumbers.

- luhn: python-stdnum `stdnum.luhn.is_valid` on published test card numbers (Stripe and
  PayPal sandbox documentation) and the Luhn worked example on Wikipedia, plus altered ones.
- ibanLengths: the IBAN length per country from stdnum's iban.dat (generated from the SWIFT IBAN
  Registry); ibans: examples from Wikipedia's "International Bank Account Number" page, with the
  length check and ISO 7064 MOD 97-10 (`stdnum.iso7064.mod_97_10`) and stdnum's full
  `iban.is_valid` (which also checks the BBAN's letter/digit structure).
- ips: Python's `ipaddress` verdict on RFC 4291 / RFC 5952 / RFC 5737 examples and malformed ones.
- phones: the raw strings libphonenumber (python `phonenumbers`, PhoneNumberMatcher, leniency
  VALID) finds in sentences, with the region it was asked for.
"""
import ipaddress
import json
import os
import re
import sys

import phonenumbers
import stdnum
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.iso7064 import mod_97_10

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'fixtures', 'reference', 'pii.json')

LUHN = [
    # Wikipedia "Luhn algorithm": 7992739871 with check digit 3.
    '79927398713', '79927398710', '79927398711', '79927398712', '79927398714',
    # Stripe test cards
    '4242424242424242', '4000056655665556', '5555555555554444', '2223003122003222',
    '5200828282828210', '5105105105105100', '378282246310005', '371449635398431',
    '6011111111111117', '6011000990139424', '3056930009020004', '36227206271667',
    '3566002020360505', '6200000000000005',
    # PayPal sandbox test cards
    '4111111111111111', '4012888888881881', '30569309025904', '38520000023237', '3530111333300000',
    # altered last digit or transposed digits
    '4111111111111112', '4242424242424241', '378282246310006', '6011111111111171',
    '1234567812345678', '0', '00', '18',
]

IBANS = [
    'GB82 WEST 1234 5698 7654 32', 'GB82 TEST 1234 5698 7654 32', 'GB82WEST12345698765432',
    'gb82 west 1234 5698 7654 32', 'GB82 WEST 1234 5698 7654 3', 'GB82 WEST 1234 5698 7654 321',
    'BE71 0961 2345 6769', 'BR15 0000 0000 0000 1093 2840 814 P2', 'CR05 0152 0200 1026 2840 66',
    'FR76 3000 6000 0112 3456 7890 189', 'DE91 1000 0000 0123 4567 89', 'DE89 3704 0044 0532 0130 00',
    'DE89 3704 0044 0532 0130 01', 'GR96 0810 0010 0000 0123 4567 890', 'MU43 BOMM 0101 1234 5678 9101 000 MUR',
    'PK70 BANK 0000 1234 5678 9000', 'PL10 1050 0099 7603 1234 5678 9123', 'RO09 BCYP 0000 0012 3456 7890',
    'LC14 BOSL 1234 5678 9012 3456 7890 1234', 'SA44 2000 0001 2345 6789 1234', 'ES79 2100 0813 6101 2345 6789',
    'SE45 5000 0000 0583 9825 7466', 'CH56 0483 5012 3456 7800 9', 'GB98 MIDL 0700 9312 3456 78',
    'NL91 ABNA 0417 1643 00', 'NO93 8601 1117 947', 'AL47 2121 1009 0000 0002 3569 8741',
    'XX82 WEST 1234 5698 7654 32', 'US64 SVBK US6S 3300 9673 86',
]

IPS = [
    # RFC 5737 documentation ranges and edge values
    '192.0.2.33', '198.51.100.7', '203.0.113.255', '0.0.0.0', '255.255.255.255', '10.0.0.1',
    '256.1.1.1', '192.168.01.1', '1.2.3', '300.300.300.300',
    # RFC 4291 section 2.2 examples
    '2001:DB8:0:0:8:800:200C:417A', 'FF01:0:0:0:0:0:0:101', '0:0:0:0:0:0:0:1', '0:0:0:0:0:0:0:0',
    '2001:DB8::8:800:200C:417A', 'FF01::101', '::1', '::', '0:0:0:0:0:0:13.1.68.3',
    '0:0:0:0:0:FFFF:129.144.52.38', '::13.1.68.3', '::FFFF:129.144.52.38',
    # RFC 5952 examples
    '2001:db8::1', '2001:db8:0:0:1:0:0:1', '2001:0db8::0001', '2001:db8::aaaa:0:0:1',
    # malformed
    '2001:db8::1::1', '12345::1', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', '2001:db8:::1',
    ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7::', '1::2:3:4:5:6:7:8', '::ffff:256.1.1.1', '2001:db8::g',
]

# (text, region)
PHONES = [
    ('Call (415) 555-2671 tonight', 'US'),
    ('My cell is 415-555-2671.', 'US'),
    ('Reach us at 415.555.2671 or 1-800-555-0199', 'US'),
    ('International: +1 415 555 2671', 'US'),
    ('Office +44 20 7946 0958, mobile +44 7700 900123', 'GB'),
    ('Ring 020 7946 0958 now', 'GB'),
    ('Text me on 07700 900123 x', 'GB'),
    ('Text me on 07911 123456 or +44 7911 123456', 'GB'),
    ('Freephone 0800 169 6031 between 10am and 6pm', 'GB'),
    ('Call 09061701461. Claim code KL341.', 'GB'),
    ('Paris office: +33 1 42 68 53 00', 'FR'),
    ('Berlin: +49 30 901820', 'DE'),
    ('Order 123456789012 shipped on 2021-05-21', 'US'),
    ('The meeting is on 21-05-2021 at 10:30', 'GB'),
    ('It costs $1,234,567.89 in total', 'US'),
    ('Text WIN to 87121 to enter', 'GB'),
    ('Pi is 3.14159265358979', 'US'),
    ('Population 8336817 in 2019', 'US'),
]


def main() -> None:
    d = os.path.dirname(stdnum.__file__)
    lengths = {}
    with open(os.path.join(d, 'iban.dat')) as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            bban = re.search(r'bban="([^"]+)"', line).group(1)
            lengths[line[:2]] = 4 + sum(int(x) for x in re.findall(r'(\d+)!', bban))

    def iban_row(s: str) -> dict:
        compact = s.replace(' ', '').upper()
        length_ok = lengths.get(compact[:2]) == len(compact)
        mod_ok = bool(re.fullmatch(r'[A-Z0-9]+', compact)) and mod_97_10.is_valid(compact[4:] + compact[:4])
        return {'text': s, 'lengthOk': length_ok, 'mod97Ok': mod_ok, 'stdnumValid': std_iban.is_valid(s)}

    def ip_row(s: str) -> dict:
        def ok(cls) -> bool:
            try:
                cls(s)
                return True
            except ValueError:
                return False
        return {'text': s, 'ipv4': ok(ipaddress.IPv4Address), 'ipv6': ok(ipaddress.IPv6Address)}

    def phone_row(text: str, region: str) -> dict:
        found = [m.raw_string for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)]
        return {'text': text, 'region': region, 'found': found}

    out = {
        'generatedBy': {
            'command': '/usr/bin/python3 scripts/reference/pii.py',
            'python': sys.version.split()[0],
            'stdnum': stdnum.__version__,
            'phonenumbers': phonenumbers.__version__,
        },
        'luhn': [{'digits': s, 'valid': luhn.is_valid(s)} for s in LUHN],
        'ibanLengths': dict(sorted(lengths.items())),
        'ibans': [iban_row(s) for s in IBANS],
        'ips': [ip_row(s) for s in IPS],
        'phones': [phone_row(t, r) for t, r in PHONES],
    }
    with open(OUT, 'w') as f:
        json.dump(out, f, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
