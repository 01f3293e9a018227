/**
 * Value normalisers: one spreadsheet cell in, the value the audience API takes out (or nothing, or a
 * refusal a marketer can act on). Pure functions of the cell and a {@link
 * org.audienceimport.convert.normalise.NormaliseContext}: no I/O, no clock, thread-safe.
 *
 * <p>Entry point: {@link org.audienceimport.convert.normalise.ValueNormalisers}; results:
 * {@link org.audienceimport.convert.normalise.Normalised}. Column date order:
 * {@link org.audienceimport.convert.normalise.DateOrderInference}.
 *
 * <p>Codes (stable, for grouping in reports):
 * <table>
 *   <caption>Refusals ({@code Normalised.Invalid}) and warnings (value sent anyway)</caption>
 *   <tr><th>code</th><th>kind</th><th>when</th></tr>
 *   <tr><td>email_invalid</td><td>refusal</td><td>not a practical address (see {@code EmailSyntax})</td></tr>
 *   <tr><td>email_domain_typo</td><td>warning</td><td>domain one slip from a big mail service</td></tr>
 *   <tr><td>phone_invalid</td><td>refusal</td><td>neither a valid nor a possible number in any reading</td></tr>
 *   <tr><td>phone_multiple</td><td>refusal</td><td>several numbers in one cell</td></tr>
 *   <tr><td>phone_possible_only</td><td>warning</td><td>right length, outside the ranges in use</td></tr>
 *   <tr><td>phone_extension_dropped</td><td>warning</td><td>an extension was written; the main number is sent</td></tr>
 *   <tr><td>gender_unknown</td><td>refusal</td><td>not a word for m or f</td></tr>
 *   <tr><td>boolean_unknown</td><td>refusal</td><td>not a word for yes or no</td></tr>
 *   <tr><td>number_invalid</td><td>refusal</td><td>not a number</td></tr>
 *   <tr><td>integer_fraction</td><td>refusal</td><td>a fraction in an integer field</td></tr>
 *   <tr><td>number_comma_thousands</td><td>warning</td><td>{@code 1,123} in a decimal field, read as 1123</td></tr>
 *   <tr><td>date_invalid</td><td>refusal</td><td>not a date, or not a real one (31/02)</td></tr>
 *   <tr><td>date_ambiguous</td><td>refusal</td><td>03/04/1990 with no date order for the column</td></tr>
 *   <tr><td>date_in_future</td><td>warning</td><td>a birthday after today</td></tr>
 *   <tr><td>date_before_1900</td><td>warning</td><td>a birthday before 1900</td></tr>
 *   <tr><td>json_invalid</td><td>refusal</td><td>not JSON (with the parser's reason)</td></tr>
 *   <tr><td>json_not_object</td><td>refusal</td><td>JSON, but a lone number or string</td></tr>
 * </table>
 */
package org.audienceimport.convert.normalise;
