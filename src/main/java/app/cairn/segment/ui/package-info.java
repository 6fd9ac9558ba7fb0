/**
 * The segment pages, and the rule builder other modules' pages reuse for conditions ({@link
 * app.cairn.segment.ui.RuleBuilder}, {@link app.cairn.segment.ui.RuleWords}).
 */
@org.springframework.modulith.NamedInterface("ui")
package app.cairn.segment.ui;
