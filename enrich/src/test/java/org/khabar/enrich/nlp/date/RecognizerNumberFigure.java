package org.khabar.enrich.nlp.date;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number figure of the same public cases, as nlp.number's own {@code RecognizerCasesTest}
 * counts it (NumberModel, within its conventions): that test is run and the line it prints is
 * read, so the combined figure can never drift from the number package's count.
 */
final class RecognizerNumberFigure {
    private static final String TEST = "org.khabar.enrich.nlp.number.RecognizerCasesTest";
    private static final Pattern LINE = Pattern.compile("NumberModel, within our conventions: (\\d+)/(\\d+)");

    /** Right and counted cases. */
    record Figure(int right, int counted) {
    }

    private RecognizerNumberFigure() {
    }

    /** The number figure, or null when the number test or its data is not there. */
    static Figure numberModel() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        try {
            Class<?> c = Class.forName(TEST);
            Constructor<?> make = c.getDeclaredConstructor();
            make.setAccessible(true);
            Method run = c.getDeclaredMethod("numberModelCases");
            run.setAccessible(true);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                run.invoke(make.newInstance());
            } catch (InvocationTargetException failedOrSkipped) {
                // its own assertion or assumption: the figure is printed before either
            }
        } catch (ReflectiveOperationException | RuntimeException absent) {
            return null;
        } finally {
            System.setOut(out);
        }
        Matcher m = LINE.matcher(printed.toString(StandardCharsets.UTF_8));
        return m.find() ? new Figure(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
    }
}
