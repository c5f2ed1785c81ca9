package store

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// Resuming a session whose complete last line was edited into something
// that is not an event keeps that line in FILE.damaged-N, not FILE.torn-N,
// and says it was damaged; the file carries on after the last good event,
// as it does after a torn write.
func TestOpenDamagedTail(t *testing.T) {
	f, p := create(t)
	evs := meeting(5)
	f.Append(evs...)
	f.Close()
	good, _ := os.ReadFile(p)
	junk := "a line someone typed into the file\n"
	os.WriteFile(p, append(good, junk...), 0o600)

	f, got, warns, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, evs) || f.LastSeq() != len(evs) {
		t.Fatalf("%d events, LastSeq %d; want %d", len(got), f.LastSeq(), len(evs))
	}
	if len(warns) != 2 || !strings.Contains(warns[0], "dropped a damaged last record") ||
		!strings.Contains(warns[1], "the damaged record's 35 bytes are kept in "+p+".damaged-1") {
		t.Errorf("warnings %q", warns)
	}
	for _, w := range warns {
		if strings.Contains(w, "torn") {
			t.Errorf("a complete line called torn: %q", w)
		}
	}
	if kept, err := os.ReadFile(p + ".damaged-1"); err != nil || string(kept) != junk {
		t.Errorf("the damaged line was not kept: %q %v", kept, err)
	}
	if _, err := os.Stat(p + ".torn-1"); err == nil {
		t.Error("a torn-1 copy was written for a line that was not torn")
	}
	more := meeting(7)
	if err := f.Append(more...); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if got := mustLoad(t, p); !reflect.DeepEqual(got, more) {
		t.Errorf("after appending, %d events", len(got))
	}
}
