/** The HTML id of a form control from its name («keys.power.level» → «felt-keys-power-level»). */
export const controlId = (name: string) => `felt-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;
