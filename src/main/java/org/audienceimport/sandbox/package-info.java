/**
 * A local stand-in for the audience import API ({@code shared/api/import-audience.md}), for tests, demos and
 * the first-run tour: {@link org.audienceimport.sandbox.SandboxServer#start(SandboxSettings)}.
 *
 * <p>Decisions where the contract is silent, made on the strict side so the sandbox catches what a real
 * server might refuse:
 * <ul>
 *   <li>Order of checks: Content-Type {@code application/json} (415), body size (413), valid JSON object (400),
 *       credentials (400 {@code Shop not found}), rate limit (429), injected failure (500/503), segment_id and
 *       the shape of every object (400), then store.</li>
 *   <li>One bad object refuses the whole request and nothing of it is stored; the message names the first
 *       problem as {@code audience[i].field: expected ..., got ...}.</li>
 *   <li>The rate limit counts the arrival time of requests that passed the credential check and were admitted;
 *       refused (429) requests take no place, so a client that waits for {@code Retry-After} gets in. Requests
 *       that then fail (400 shape, injected 5xx, dropped) have used their place, as on a real server.</li>
 *   <li>Injected failures count authenticated, admitted requests; injected drops count accepted ones.</li>
 *   <li>JSON is parsed strictly: duplicate keys and trailing content are refused; decimals are kept exactly.</li>
 * </ul>
 * Everything is in memory (bounded only by what tests and demos send) apart from the optional JSONL file.
 */
package org.audienceimport.sandbox;
