package app.cairn.help;

import java.util.List;

/**
 * An answer sent to a customer at once: the articles, and whether the customer said they answered the question.
 *
 * @param ticketNumber the ticket answered
 * @param articles the articles sent, best first (published ones only)
 * @param answered whether the customer said they answered the question
 * @param expired whether the link is too old to solve the ticket now
 */
public record HelpAnswer(long ticketNumber, List<HelpArticle> articles, boolean answered, boolean expired) {}
