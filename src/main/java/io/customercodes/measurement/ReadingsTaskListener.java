package io.customercodes.measurement;

import static io.customercodes.system.FormValues.decimal;
import static io.customercodes.system.FormValues.entries;
import static io.customercodes.system.FormValues.text;

import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.system.Actors;
import io.customercodes.system.FormTaskListener;
import io.customercodes.system.FormValues;
import io.customercodes.system.InvalidFormInputException;
import io.customercodes.system.Subjects;
import io.customercodes.version.CodeVersionRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Lists the published version's indicators with target and latest reading; stores each new value entered.
 * The list cannot grow or shrink in the form, so row i is indicator i of the list prepared on create.
 */
@Component("readingsTaskListener")
class ReadingsTaskListener extends FormTaskListener {

    private final CodeRepository codes;
    private final IndicatorReadings readings;
    private final CodeVersionRepository versions;
    private final Actors actors;

    ReadingsTaskListener(Subjects subjects, CodeRepository codes, IndicatorReadings readings,
            CodeVersionRepository versions, Actors actors) {
        super(subjects);
        this.codes = codes;
        this.versions = versions;
        this.readings = readings;
        this.actors = actors;
    }

    @Override
    protected void prepare(DelegateTask task) {
        Code code = code(task);
        List<IndicatorStatus> indicators = readings.status(code);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (IndicatorStatus indicator : indicators) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("indicator", indicator.name());
            row.put("target", indicator.target());
            row.put("latest", indicator.latestText());
            row.put("value", null);
            row.put("measuredOn", null);
            rows.add(row);
            ids.add(indicator.indicatorId());
        }
        task.setVariableLocal("codeTitle", code.getTitle());
        task.setVariableLocal("versionNumber", versions.getVersion(versionId(task)).getNumber());
        task.setVariableLocal("readings", FormValues.json(rows));
        task.setVariableLocal("readingsIndicatorIds", FormValues.json(ids));
        task.setVariableLocal("readingsNote", null);
        Object previousAssignee = task.getExecution().getVariable(OpenReadingsFollowPublishedVersion.PREVIOUS_ASSIGNEE);
        if (previousAssignee instanceof String assignee) {
            task.setAssignee(assignee);
            task.getExecution().removeVariable(OpenReadingsFollowPublishedVersion.PREVIOUS_ASSIGNEE);
        }
    }

    @Override
    protected void submit(DelegateTask task) {
        Code code = code(task);
        List<Long> ids = FormValues.strings(task.getVariableLocal("readingsIndicatorIds"), "readings").stream()
                .map(Long::valueOf).toList();
        List<Map<String, Object>> rows = entries(submitted(task, "readings"), "readings");
        if (rows.size() != ids.size()) {
            throw new InvalidFormInputException("readings", "the list of indicators cannot change; reload the task");
        }
        String note = text(submitted(task, "readingsNote"));
        int recorded = 0;
        for (int i = 0; i < rows.size(); i++) {
            BigDecimal value = decimal(rows.get(i).get("value"), "readings.value");
            if (value != null) {
                readings.record(code, ids.get(i), value, day(rows.get(i).get("measuredOn")), note,
                        actors.completing(task));
                recorded++;
            }
        }
        if (recorded == 0) {
            throw new InvalidFormInputException("readings", "enter a new reading for at least one indicator");
        }
    }

    private Code code(DelegateTask task) {
        return codes.getCode(subject(task).getCodeId());
    }

    private static LocalDate day(Object value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidFormInputException("readings.measuredOn", "is not a date: " + text);
        }
    }
}
