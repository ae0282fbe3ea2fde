package dev.hearth.relay.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli's model of the relay's options ({@link RelayOptions#declare}), built by code. Built from
 * annotations it cost a start about 100 ms: reading the annotations, making each option group's
 * object by reflection and matching the groups (docs/performance.md, "Start-up"). So the model that
 * parses is flat, and the options are put under their headings only for {@code --help}.
 *
 * <p>picocli keeps each parsed value in its option; {@link #store} copies them into the fields.
 */
final class OptionModel {

    private final CommandSpec spec = CommandSpec.create().name("hearth-relay").versionProvider(new Version());
    private final boolean grouped;
    private final List<Runnable> stores = new ArrayList<>();
    private ArgGroupSpec.Builder group;
    private int groups;

    private OptionModel(boolean grouped) {
        this.grouped = grouped;
    }

    /** The model that parses: every option, no headings. */
    static OptionModel forParsing(RelayOptions options) {
        OptionModel model = new OptionModel(false);
        options.declare(model);
        return model;
    }

    /** The model {@code --help} prints: the same options under their headings, and the relay's usage text. */
    static OptionModel forHelp() {
        OptionModel model = new OptionModel(true);
        new RelayOptions().declare(model);
        model.endGroup();
        RelayHelp.describe(model.spec.usageMessage());
        return model;
    }

    CommandLine commandLine() {
        // RelayOptions.rejectRepeats says it in the relay's words.
        return new CommandLine(spec).setOverwrittenOptionsAllowed(true).setUsageHelpLongOptionsMaxWidth(24);
    }

    /** Copies what the last parse found, or each option's default, into the options' fields. */
    void store() {
        stores.forEach(Runnable::run);
    }

    /** Starts the heading the options declared next are listed under in {@code --help}. */
    void group(String heading) {
        if (grouped) {
            endGroup();
            group = ArgGroupSpec.builder().heading(heading).validate(false).order(++groups);
        }
    }

    <T> void option(String name, String label, Class<T> type, T initial, Consumer<T> field, String... description) {
        add(OptionSpec.builder(name).paramLabel(label).type(type), initial, field, description);
    }

    <T> void option(String name, String label, Class<T> type, ITypeConverter<T> converter, T initial,
            Consumer<T> field, String... description) {
        add(OptionSpec.builder(name).paramLabel(label).type(type).converters(converter), initial, field, description);
    }

    void flag(String name, boolean initial, Consumer<Boolean> field, String... description) {
        add(OptionSpec.builder(name).type(boolean.class), initial, field, description);
    }

    void usageHelp(String shortName, String longName, String description) {
        add(OptionSpec.builder(shortName, longName).usageHelp(true).description(description));
    }

    void versionHelp(String shortName, String longName, String description) {
        add(OptionSpec.builder(shortName, longName).versionHelp(true).description(description));
    }

    private <T> void add(OptionSpec.Builder builder, T initial, Consumer<T> field, String... description) {
        OptionSpec option = add(builder.initialValue(initial).hasInitialValue(true).description(description));
        stores.add(() -> field.accept(option.getValue()));
    }

    private OptionSpec add(OptionSpec.Builder builder) {
        OptionSpec option = builder.build();
        if (grouped) {
            group.addArg(option);
        } else {
            spec.addOption(option);
        }
        return option;
    }

    private void endGroup() {
        if (group != null) {
            spec.addArgGroup(group.build());
            group = null;
        }
    }
}
