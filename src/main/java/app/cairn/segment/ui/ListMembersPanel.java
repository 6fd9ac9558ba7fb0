package app.cairn.segment.ui;

import app.cairn.segment.ListUpload;
import app.cairn.segment.SegmentLists;
import app.cairn.shared.RefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.text.NumberFormat;
import java.util.stream.Collectors;

/**
 * Fills a static segment: customers added one at a time by number or e-mail address, or many from a CSV file
 * (the segment download's format, or a column of numbers or addresses), with what came of it.
 */
class ListMembersPanel extends VerticalLayout {

    private static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

    private final transient SegmentLists lists;
    private final long segmentId;
    private final Runnable changed;
    private final TextField customer = new TextField();
    private final Span result = new Span();

    ListMembersPanel(SegmentLists lists, long segmentId, Runnable changed) {
        this.lists = lists;
        this.segmentId = segmentId;
        this.changed = changed;
        setPadding(false);
        customer.setId("segment-list-customer");
        customer.setLabel(getTranslation("segments.list.customer"));
        customer.setWidth("20rem");
        Button add = new Button(getTranslation("segments.list.add"), e -> addOne());
        add.setId("segment-list-add");
        add.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        HorizontalLayout one = new HorizontalLayout(customer, add);
        one.setAlignItems(FlexComponent.Alignment.BASELINE);
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> uploaded(file)));
        upload.setId("segment-list-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", ".tsv", "text/csv", "text/plain");
        upload.setUploadButton(new Button(getTranslation("segments.list.upload")));
        result.setId("segment-list-result");
        add(new Paragraph(getTranslation("segments.static-help")), one, upload, result);
    }

    private void addOne() {
        String value = customer.getValue().strip();
        SegmentLists.Listing outcome = lists.addMember(segmentId, value);
        if (outcome != SegmentLists.Listing.ADDED) {
            customer.setInvalid(true);
            customer.setErrorMessage(getTranslation(
                    outcome == SegmentLists.Listing.NOT_FOUND ? "segments.list.not-found" : "segments.list.not-added",
                    value));
            return;
        }
        customer.setInvalid(false);
        customer.clear();
        result.setText(getTranslation("segments.list.added-one", value));
        changed.run();
    }

    private void uploaded(File file) {
        try (InputStream in = Files.newInputStream(file.toPath())) {
            ListUpload upload = lists.addMembersFromFile(segmentId, in);
            NumberFormat integer = NumberFormat.getIntegerInstance(getLocale());
            String summary = getTranslation(
                    "segments.list.uploaded",
                    integer.format(upload.rows()),
                    integer.format(upload.added()),
                    integer.format(upload.alreadyMembers()),
                    integer.format(upload.notFound()));
            String lines = upload.problems().stream()
                    .map(p -> getTranslation("segments.list.problem", p.line(), p.value()))
                    .collect(Collectors.joining("; "));
            result.setText(lines.isEmpty() ? summary : summary + " " + lines);
            changed.run();
        } catch (RefusedException refused) {
            result.setText(getTranslation(refused.messageKey(), refused.arguments()));
        } catch (IOException e) {
            result.setText(getTranslation("segment.list.unreadable", e.getMessage()));
        } finally {
            file.delete();
        }
    }
}
