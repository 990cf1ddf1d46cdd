package dev.triggerstudio.ui.debugger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a line's code goes after one edit; {@code \n} in the table is a line break, -1 means gone. */
class LineShiftTest {

    @ParameterizedTest(name = "{0}: line {5} -> {6}")
    @CsvSource(delimiter = '|', textBlock = """
            Enter in the middle of line 3 leaves line 3       | 3 | 5 |           | \\n     | 3 | 3
            Enter in the middle of line 3 moves line 4 down   | 3 | 5 |           | \\n     | 4 | 5
            Enter at the start of line 3 moves its code down  | 3 | 0 |           | \\n     | 3 | 4
            two lines pasted above line 3                     | 3 | 0 |           | a\\nb\\n | 3 | 5
            a line above is untouched                         | 3 | 0 |           | a\\nb\\n | 2 | 2
            indent typed at the start stays on the line       | 3 | 0 |           | '    '  | 3 | 3
            line 3 deleted whole: its code is gone            | 3 | 0 | x = 1\\n  |         | 3 | -1
            line 3 deleted whole: line 4 moves up             | 3 | 0 | x = 1\\n  |         | 4 | 3
            line 3 deleted whole: line 9 moves up             | 3 | 0 | x = 1\\n  |         | 9 | 8
            lines 3 and 4 deleted: line 4 is gone             | 3 | 0 | a\\nb\\n   |         | 4 | -1
            lines 3 and 4 deleted: line 5 moves up two        | 3 | 0 | a\\nb\\n   |         | 5 | 3
            line 5 joined to line 4 by Backspace              | 4 | 7 | \\n       |         | 5 | 4
            line 4 keeps its place when line 5 joins it       | 4 | 7 | \\n       |         | 4 | 4
            selection from mid line 3 to mid line 5 deleted   | 3 | 2 | a\\nb\\nc  |         | 5 | -1
            after that selection line 6 moves up two          | 3 | 2 | a\\nb\\nc  |         | 6 | 4
            typing on a line moves nothing                    | 3 | 4 | ab        | abc     | 7 | 7
            """)
    void aLineFollowsItsCode(String what, int line, int column, String removed, String inserted, int old, int expected) {
        LineShift edit = new LineShift(line, column, text(removed), text(inserted));
        assertThat(edit.map(old)).as(what).isEqualTo(expected);
    }

    private static String text(String cell) {
        return cell == null ? "" : cell.replace("\\n", "\n");
    }
}
