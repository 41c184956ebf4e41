/**
 * JSON for a <script type="application/ld+json"> block. JSON.stringify alone is not safe there:
 * a title with «</script>» would end the element and «<!--» would switch the HTML parser into its
 * script-comment state. Escaping <, > and & as \u003c, \u003e, \u0026 keeps the JSON identical for
 * every JSON parser while the HTML parser never sees markup; U+2028/U+2029 are escaped because
 * older JavaScript engines reject them in string literals.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
