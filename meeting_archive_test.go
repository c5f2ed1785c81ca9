package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/archive"
	"github.com/debrief-dev/debrief/tui"
)

// rhymeArchive copies the small archive in testdata/rhymes (a payments
// postmortem about connection pool exhaustion, a search one about a
// cache) into a folder of its own.
func rhymeArchive(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files, _ := filepath.Glob("testdata/rhymes/*.md")
	if len(files) < 2 {
		t.Fatal("testdata/rhymes is missing")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestMeetingArchiveNeedsAnIndexedArchive(t *testing.T) {
	dir := rhymeArchive(t)
	_, err := meetingArchive(filepath.Join(dir, "new.debrief.yaml"))()
	var none *tui.NoArchiveError
	if !errors.As(err, &none) || none.Dir != dir {
		t.Fatalf("without debrief archive: %v, want a NoArchiveError for %s", err, dir)
	}
	if _, err := os.Stat(filepath.Join(dir, archive.IndexDir)); err == nil {
		t.Error("the meeting made an index in a folder nobody asked to index")
	}
}

func TestMeetingArchiveFindsThePoolPostmortem(t *testing.T) {
	dir := indexed(t)
	ar, err := meetingArchive(filepath.Join(dir, "postmortem-2026-11-21-1700.debrief.yaml"))()
	if err != nil {
		t.Fatal(err)
	}
	if ar.Postmortems() != 2 || ar.Top() != dir {
		t.Errorf("archive %s with %d postmortems", ar.Top(), ar.Postmortems())
	}
	rs, err := ar.Rhymes(context.Background(), archive.RhymeQuery{Service: "payments", Text: "the connection pool ran out during the batch job"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) == 0 || !strings.Contains(rs[0].Title, "connection pool exhaustion") || !rs[0].SameService {
		t.Fatalf("rhymes = %+v", rs)
	}
	done := 0
	for _, a := range rs[0].Actions {
		if a.Done {
			done++
		}
	}
	if len(rs[0].Actions) != 3 || done != 1 {
		t.Errorf("actions = %+v, want 3 with 1 done", rs[0].Actions)
	}
	open, err := ar.OpenActions(archive.ActionFilter{Service: "payments", Now: time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)})
	if err != nil || len(open) != 2 || !open[0].Overdue {
		t.Errorf("open items = %+v, %v", open, err)
	}
	md, err := ar.Postmortem(rs[0].Path)
	if err != nil || !strings.HasPrefix(md, "## [SEV-2] payments: Checkout timeouts") {
		t.Errorf("postmortem: %v\n%.80s", err, md)
	}
}
