package app.cairn.support.internal.search;

import app.cairn.search.Analyzers;
import app.cairn.search.SearchText;
import app.cairn.search.TextLanguage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Writes a ticket's text: its subject and each message into the fields of the language it is written in (so
 * English is stemmed and Chinese segmented, message by message), quoted history into fields that rank lower, and
 * the requester's name and address. Tickets are only indexed through the queue, so no change tracking is declared.
 */
public class TicketTextBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().useRootOnly();
        IndexSchemaElement schema = context.indexSchemaElement();
        IndexFieldTypeFactory types = context.typeFactory();
        Map<TextLanguage, Fields> fields = new EnumMap<>(TextLanguage.class);
        for (TextLanguage language : TextLanguage.values()) {
            // messages are shown as highlighted passages: stored, with their words' offsets (term vectors) so that
            // highlighting reads them instead of analysing the text again. The subject is shown whole (from its
            // own stored field) and quoted history not at all, so they are only searched; quoted history ranks
            // low whatever its length, so it keeps no length norms either
            var shown = types.asString()
                    .analyzer(language.analyzer())
                    .projectable(Projectable.YES)
                    .highlightable(List.of(Highlightable.UNIFIED))
                    .termVector(TermVector.WITH_POSITIONS_OFFSETS)
                    .toIndexFieldType();
            var searched = types.asString()
                    .analyzer(language.analyzer())
                    .projectable(Projectable.NO)
                    .toIndexFieldType();
            var quoted = types.asString()
                    .analyzer(language.analyzer())
                    .projectable(Projectable.NO)
                    .norms(Norms.NO)
                    .toIndexFieldType();
            fields.put(
                    language,
                    new Fields(
                            schema.field(TicketFields.subject(language), searched)
                                    .toReference(),
                            schema.field(TicketFields.body(language), shown)
                                    .multiValued()
                                    .toReference(),
                            schema.field(TicketFields.quoted(language), quoted)
                                    .multiValued()
                                    .toReference()));
        }
        var from = schema.field(
                        TicketFields.FROM,
                        types.asString().normalizer(Analyzers.KEYWORD).toIndexFieldType())
                .toReference();
        var requester = schema.field(
                        TicketFields.REQUESTER,
                        types.asString().analyzer(Analyzers.PLAIN).toIndexFieldType())
                .multiValued()
                .toReference();
        context.bridge(IndexedTicket.class, new Bridge(fields, from, requester));
    }

    private record Fields(
            IndexFieldReference<String> subject,
            IndexFieldReference<String> body,
            IndexFieldReference<String> quoted) {}

    private record Bridge(
            Map<TextLanguage, Fields> fields, IndexFieldReference<String> from, IndexFieldReference<String> requester)
            implements TypeBridge<IndexedTicket> {

        @Override
        public void write(DocumentElement target, IndexedTicket ticket, TypeBridgeWriteContext context) {
            add(target, ticket.getSubject(), Fields::subject);
            for (IndexedMessage message : ticket.getMessages()) {
                add(target, message.newText(), Fields::body);
                add(target, message.quotedText(), Fields::quoted);
            }
            IndexedRequester who = ticket.getRequester();
            if (who != null) {
                if (who.getEmail() != null) {
                    target.addValue(from, who.getEmail());
                    target.addValue(requester, who.getEmail());
                }
                if (who.getName() != null) {
                    target.addValue(requester, who.getName());
                }
            }
        }

        private void add(
                DocumentElement target,
                String text,
                java.util.function.Function<Fields, IndexFieldReference<String>> field) {
            if (text == null || text.isBlank()) {
                return;
            }
            TextLanguage language = SearchText.languageOf(text);
            target.addValue(field.apply(fields.get(language)), SearchText.indexable(text, language));
        }
    }
}
