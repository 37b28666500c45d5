package io.customercodes.implementation;

import static io.customercodes.system.FormValues.choice;
import static io.customercodes.system.FormValues.strings;
import static io.customercodes.system.FormValues.text;

import io.customercodes.system.Actors;
import io.customercodes.system.EngineClock;
import io.customercodes.system.FormTaskListener;
import io.customercodes.system.FormValues;
import io.customercodes.system.InvalidFormInputException;
import io.customercodes.system.Subjects;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.CodeVersionRepository;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

@Component("availabilityTaskListener")
class AvailabilityTaskListener extends FormTaskListener {

    private final CodeVersionRepository versions;
    private final VersionImplementationRepository implementations;
    private final Actors actors;

    AvailabilityTaskListener(Subjects subjects, CodeVersionRepository versions,
            VersionImplementationRepository implementations, Actors actors) {
        super(subjects);
        this.versions = versions;
        this.implementations = implementations;
        this.actors = actors;
    }

    @Override
    protected void prepare(DelegateTask task) {
        CodeVersion version = versions.getVersion(versionId(task));
        task.setVariableLocal("codeTitle", version.getCode().getTitle());
        task.setVariableLocal("versionNumber", version.getNumber());
        task.setVariableLocal("availabilityChannels", FormValues.json(List.of()));
        task.setVariableLocal("accessibilityMeasures", null);
    }

    @Override
    protected void submit(DelegateTask task) {
        Set<AvailabilityChannel> channels = new LinkedHashSet<>();
        for (String channel : strings(submitted(task, "availabilityChannels"), "availabilityChannels")) {
            channels.add(choice(channel, AvailabilityChannel.class, "availabilityChannels"));
        }
        if (channels.isEmpty()) {
            throw new InvalidFormInputException("availabilityChannels", "say where customers find the code");
        }
        VersionImplementation record = implementations.forVersion(versionId(task));
        record.madeAvailable(channels.stream().map(Enum::name).collect(Collectors.joining(",")),
                text(submitted(task, "accessibilityMeasures")), actors.completing(task), EngineClock.now());
        implementations.save(record);
    }
}
