/**
 * Text analysis: the language of a text, its sentiment (per text and per sentence), the intent of a support message,
 * and the things it talks about with the feeling attached to each, in English and Chinese. It owns the models that
 * tell these (starter models shipped in the product, each shop's retrained versions with their figures) and the
 * labels they learn from. No UI and no entities: callers pass text in and read records back.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Text analysis",
        allowedDependencies = {"shared"})
package app.cairn.textanalysis;
