package archive

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A session file with no events yet (closed on its setup screen) is not a
// broken file: the report marks it as a meeting that never started, on
// every update, read or unchanged, so no one is told to fix it.
func TestSessionWithNoEventsIsNotStartedNotBroken(t *testing.T) {
	ix, dir := testArchive(t)
	p := filepath.Join(dir, "2026", "closed-on-setup.debrief.yaml")
	if err := os.WriteFile(p, []byte("debrief: session\nversion: 1\nevents:\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for run := range 2 {
		rep := mustUpdate(t, ix)
		var notStarted, broken []string
		for _, pr := range rep.Problems {
			switch {
			case pr.NotStarted:
				notStarted = append(notStarted, pr.Error())
			case !pr.Foreign:
				broken = append(broken, pr.Error())
			}
		}
		want := "2026/closed-on-setup.debrief.yaml: the meeting never started (the session has no events yet); left out"
		if len(notStarted) != 1 || notStarted[0] != want {
			t.Errorf("run %d: not started %q, want %q", run+1, notStarted, want)
		}
		if len(broken) != 1 || !strings.HasPrefix(broken[0], "2025/broken-export.md:") {
			t.Errorf("run %d: broken %q, want only the broken export", run+1, broken)
		}
		if rep.Postmortems != 5 {
			t.Errorf("run %d: %d postmortems, want 5", run+1, rep.Postmortems)
		}
	}
}

// A session whose only event is damaged is a broken file, said with the
// line, not a meeting that never started (which tells the person all is
// well and to resume it).
func TestSessionWithOnlyADamagedEventIsBroken(t *testing.T) {
	ix, dir := testArchive(t)
	p := filepath.Join(dir, "2026", "damaged.debrief.yaml")
	if err := os.WriteFile(p, []byte("debrief: session\nversion: 1\nevents:\n- {\"seq\":1, bad\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	rep := mustUpdate(t, ix)
	var got []string
	for _, pr := range rep.Problems {
		if strings.Contains(pr.File, "damaged") {
			if pr.NotStarted || pr.Foreign {
				t.Errorf("%s: marked as not started or foreign", pr.Error())
			}
			got = append(got, pr.Error())
		}
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "2026/damaged.debrief.yaml:4: dropped a damaged last record") || !strings.HasSuffix(got[0], "; skipped") {
		t.Errorf("problems %q", got)
	}
}
