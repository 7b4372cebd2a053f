import { readFileSync } from 'node:fs';

/** Reference values from scripts/reference/pii.py (python-stdnum 1.18, phonenumbers 8.12.57, Python 3.11 ipaddress). */
export interface PiiReference {
  luhn: { digits: string; valid: boolean }[];
  ibanLengths: Record<string, number>;
  ibans: { text: string; lengthOk: boolean; mod97Ok: boolean; stdnumValid: boolean }[];
  ips: { text: string; ipv4: boolean; ipv6: boolean }[];
  phones: { text: string; region: string; found: string[] }[];
}

export const piiReference: PiiReference = JSON.parse(readFileSync(new URL('../../../fixtures/reference/pii.json', import.meta.url), 'utf8'));
