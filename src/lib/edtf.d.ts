declare module 'edtf' {
  interface EdtfValue {
    type: string;
    min: number;
    max: number;
    precision?: number;
    values?: number[];
    lower?: EdtfValue | number | null;
    upper?: EdtfValue | number | null;
    uncertain?: { value: number };
    approximate?: { value: number };
    unspecified?: { value: number };
    edtf: string;
  }
  function edtf(input: string, options?: Record<string, unknown>): EdtfValue;
  export default edtf;
}
