/**
 * Casualty counts: {@link org.khabar.enrich.nlp.casualty.CasualtyExtractor} finds every explicit
 * count of people killed or injured (a {@code CasualtyMention} with its span in the original
 * text) and the main event's killed and injured figures. The pipeline is: a scanner
 * ({@code CasualtyScanner}, with {@code VictimReader}) reads event words, count nouns and
 * tallies with the lexicons ({@code CasualtyLexicon}, {@code PersonNouns}, resources in this
 * package); {@code ContextCues} marks background, running-total, update and sub-count counts;
 * {@code HeadlineSelector} picks the figures.
 */
package org.khabar.enrich.nlp.casualty;
