package model

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// A whole last line that is not an event was edited or damaged after it
// was written; only a line without its newline is a torn write. Either is
// dropped the same way, and the warning says which it was.
func TestDamagedLastRecordIsNotCalledTorn(t *testing.T) {
	evs := everyKind()
	full := encodeLog(t, evs)
	line := 6 + len(evs) // the header's five lines, the events, then this
	tests := []struct {
		name, tail string
		damaged    bool
		want       string
	}{
		{"hand-typed line", "this line was typed by hand\n", true,
			`s.yaml:` + strconv.Itoa(line) + `: dropped a damaged last record: not an event line (want "- {...}"); the line is complete, so it was edited or damaged after it was written, not cut short by an interrupted write`},
		{"broken JSON, CRLF", "- {\"seq\": oops}\r\n", true,
			`s.yaml:` + strconv.Itoa(line) + `: dropped a damaged last record: not a complete event: invalid character 'o' looking for beginning of value; the line is complete`},
		{"escape sequence", "- {\"seq\":9}\x1b[2J junk\n", true,
			`unexpected text "\x1b[2J junk" after the event`},
		{"cut short", "- {\"seq\":99,\"at\":\"2026-11-20T1", false,
			`s.yaml:` + strconv.Itoa(line) + `: dropped a torn last record (the session was interrupted while writing)`},
		{"cut short after text", "this line was typed by hand", false, "dropped a torn last record"},
		{"NUL tail", string(make([]byte, 40)), false, "dropped a torn last record"},
	}
	for _, tt := range tests {
		data := append(bytes.Clone(full), tt.tail...)
		l, err := ParseLog("s.yaml", data)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if len(l.Events) != len(evs) || l.Keep != len(full) || l.Damaged != tt.damaged {
			t.Errorf("%s: %d events, keep %d, damaged %v; want %d, %d, %v",
				tt.name, len(l.Events), l.Keep, l.Damaged, len(evs), len(full), tt.damaged)
		}
		if len(l.Warnings) != 1 || !strings.Contains(l.Warnings[0], tt.want) {
			t.Errorf("%s: warnings %q\nwant one containing %q", tt.name, l.Warnings, tt.want)
		}
		if tt.damaged && strings.Contains(l.Warnings[0], "torn") {
			t.Errorf("%s: a complete line called torn: %q", tt.name, l.Warnings[0])
		}
		if strings.ContainsRune(strings.Join(l.Warnings, ""), 0x1b) {
			t.Errorf("%s: a warning carries an escape character: %q", tt.name, l.Warnings)
		}
	}
}
