package archive

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/model"
)

// now is when the tests look at the hand-made archive.
var now = time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)

// testArchive copies testdata/archive (four exports, a session file and
// the session of one of the exports, a broken export, a README and a YAML
// file that is not a session) to a temporary folder and indexes it.
func testArchive(t testing.TB) (*Index, string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/archive")); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if _, err := ix.Update(); err != nil {
		t.Fatal(err)
	}
	return ix, dir
}

func TestUpdateFindsPostmortemsAndReportsBadFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/archive")); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	problems := func(rep Report) []string {
		var got []string
		for _, p := range rep.Problems {
			got = append(got, p.Error())
		}
		return got
	}
	broken := "2025/broken-export.md:112: "
	readme := "notes/README.md:1: not a debrief export (no meeting record or debrief header); skipped"
	rep, err := ix.Update()
	if got := problems(rep); err != nil || len(got) != 2 || !strings.HasPrefix(got[0], broken) || got[1] != readme {
		t.Fatalf("first update: %v\n%s\nwant:\n%s\n%s", err, strings.Join(got, "\n"), broken, readme)
	}
	rep, err = ix.Update()
	if err != nil {
		t.Fatal(err)
	}
	// pool-2026 is there as an export and as its session: one meeting.
	if rep.Postmortems != 5 {
		t.Errorf("postmortems %d, want 5", rep.Postmortems)
	}
	if rep.Read != 0 || rep.Unchanged != 9 {
		t.Errorf("a second update read %d, skipped %d; want 0 and 9", rep.Read, rep.Unchanged)
	}
	// The broken postmortem is said every time; the README only once.
	if got := problems(rep); len(got) != 1 || !strings.HasPrefix(got[0], broken) || rep.Foreign != 1 {
		t.Fatalf("second update: %d foreign, problems:\n%s", rep.Foreign, strings.Join(got, "\n"))
	}
	// A README that changes is said again: it may have become a postmortem.
	p := filepath.Join(dir, "notes", "README.md")
	data, _ := os.ReadFile(p)
	os.WriteFile(p, append(data, "More notes.\n"...), 0o644)
	if got := problems(mustUpdate(t, ix)); len(got) != 2 || got[1] != readme {
		t.Fatalf("after an edit: %s", strings.Join(got, "\n"))
	}
}

func mustUpdate(t *testing.T, ix *Index) Report {
	t.Helper()
	rep, err := ix.Update()
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestUpdateIsIncrementalAndTheFilesAreTheTruth(t *testing.T) {
	ix, dir := testArchive(t)
	// A changed file is read again; a removed one leaves the index.
	p := filepath.Join(dir, "2025", "dns-2025.md")
	data, _ := os.ReadFile(p)
	if err := os.WriteFile(p, []byte(strings.Replace(string(data), "Payments traffic sent", "Payments traffic routed", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "2025", "cert-2025.md"))
	rep, err := ix.Update()
	if err != nil {
		t.Fatal(err)
	}
	if rep.Read != 1 || rep.Removed != 1 || rep.Postmortems != 4 {
		t.Fatalf("read %d removed %d postmortems %d; want 1, 1, 4", rep.Read, rep.Removed, rep.Postmortems)
	}
	if hits, _ := ix.Search(Query{Text: "routed"}); len(hits) != 1 {
		t.Fatalf("the edit is not searchable: %v", hits)
	}
	// A touched file with the same content is not parsed again.
	later := time.Now().Add(time.Hour)
	os.Chtimes(p, later, later)
	if rep, _ := ix.Update(); rep.Read != 0 {
		t.Fatalf("a touch re-read %d files", rep.Read)
	}
	// Deleting the index loses nothing: it is built again from the files.
	ix.Close()
	if err := os.RemoveAll(filepath.Join(dir, IndexDir)); err != nil {
		t.Fatal(err)
	}
	ix2, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix2.Close()
	rep, err = ix2.Update()
	if err != nil || rep.Postmortems != 4 || rep.Read != 8 {
		t.Fatalf("rebuilt: %+v %v", rep, err)
	}
	// An index that is not SQLite is thrown away and rebuilt.
	ix2.Close()
	os.WriteFile(IndexPath(dir), []byte("garbage"), 0o644)
	ix3, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix3.Close()
	if rep, err := ix3.Update(); err != nil || rep.Postmortems != 4 {
		t.Fatalf("after a garbage index: %+v %v", rep, err)
	}
}

func paths(hits []Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Path)
	}
	return out
}

func TestSearchRanksAndFilters(t *testing.T) {
	ix, _ := testArchive(t)
	tests := []struct {
		q    Query
		want []string
	}{
		// Both pool incidents, nothing else: AND of the words.
		{Query{Text: "connection pool"}, []string{"2025/pool-2025.md", "2026/pool-2026.md"}},
		{Query{Text: "connection pool", Service: "PAYMENTS"}, []string{"2025/pool-2025.md"}},
		{Query{Text: "connection pool", Severities: []string{"SEV-1"}}, []string{"2026/pool-2026.md"}},
		{Query{Text: "connection pool", Since: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}, []string{"2026/pool-2026.md"}},
		{Query{Text: "pool", Factor: "utilization"}, []string{"2025/pool-2025.md"}},
		// A session file is searched through the postmortem it would export.
		{Query{Text: "index rebuild"}, []string{"2026/search-2026.debrief.yaml"}},
		// No postmortem has both words: any of them will do.
		{Query{Text: "certificate zeppelin"}, []string{"2025/cert-2025.md"}},
		// FTS syntax typed by a person is just words.
		{Query{Text: `dns" OR NEAR(*`}, []string{"2025/dns-2025.md"}},
	}
	for _, tc := range tests {
		hits, err := ix.Search(tc.q)
		if err != nil {
			t.Fatalf("%+v: %v", tc.q, err)
		}
		got := paths(hits)
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%+v: got %v, want %v", tc.q, got, tc.want)
		}
	}
	// The title match ranks first and the hit points at the line.
	hits, _ := ix.Search(Query{Text: "exhaustion"})
	if len(hits) < 1 || hits[0].Path != "2025/pool-2025.md" || hits[0].Section != "Title" || hits[0].Line != 1 {
		t.Fatalf("exhaustion: %+v", hits)
	}
	hits, _ = ix.Search(Query{Text: "renewal job"})
	if len(hits) != 1 || hits[0].Section != "Contributing Factors" ||
		hits[0].Text != "Certificate renewal job had stopped silently months earlier _(monitoring)_" {
		t.Fatalf("renewal: %+v", hits)
	}
	data, _ := os.ReadFile("testdata/archive/2025/cert-2025.md")
	if line := strings.Split(string(data), "\n")[hits[0].Line-1]; !strings.Contains(line, "renewal job") {
		t.Fatalf("line %d is %q", hits[0].Line, line)
	}
}

func TestRhymesFoundBySharedFactors(t *testing.T) {
	ix, _ := testArchive(t)
	rh, err := ix.Rhymes(context.Background(), RhymeQuery{Service: "checkout",
		Text: "the connection pool was exhausted again"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rh {
		got = append(got, r.Path)
	}
	// The same service and the same words first, then the same words.
	if !slices.Equal(got, []string{"2026/pool-2026.md", "2025/pool-2025.md"}) {
		t.Fatalf("rhymes %v", got)
	}
	if !rh[0].SameService || !slices.Contains(rh[1].Shared, "pool") {
		t.Errorf("why: %+v / %+v", rh[0], rh[1])
	}
	// Their action items come with whether they were done.
	a := rh[1].Actions
	if len(a) != 2 || !a[0].Done || a[1].Done || a[0].Owner != "@alice" {
		t.Fatalf("actions of pool-2025: %+v", a)
	}
	// A factor kind and the trigger alone find the same service's past.
	rh, _ = ix.Rhymes(context.Background(), RhymeQuery{Service: "payments", Trigger: "config push"})
	if len(rh) != 1 || rh[0].Path != "2025/dns-2025.md" || !rh[0].SameTrigger {
		t.Fatalf("by trigger: %+v", rh)
	}
	// The meeting never rhymes with itself.
	rh, _ = ix.Rhymes(context.Background(), RhymeQuery{Text: "retry loop budget", Exclude: "2026-01-20T15:00:30Z"})
	for _, r := range rh {
		if strings.Contains(r.Path, "pool-2026") {
			t.Fatalf("the meeting rhymed with itself: %+v", r)
		}
	}
}

func TestOpenAndOverdueActions(t *testing.T) {
	ix, _ := testArchive(t)
	open, err := ix.OpenActions(ActionFilter{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range open {
		got = append(got, o.Owner+" "+o.Due.Format(time.DateOnly)+" "+map[bool]string{true: "overdue", false: "open"}[o.Overdue])
	}
	want := []string{"@bob 2025-04-30 overdue", "@carol 2025-07-01 overdue", "@jo 2026-02-15 overdue",
		"@erin 2026-11-01 overdue", "@alice 2026-12-31 open"}
	if !slices.Equal(got, want) {
		t.Fatalf("open:\n%v\nwant\n%v", got, want)
	}
	over, _ := ix.OpenActions(ActionFilter{Now: now, Overdue: true})
	mine, _ := ix.OpenActions(ActionFilter{Now: now, Owner: "ALICE"})
	svc, _ := ix.OpenActions(ActionFilter{Now: now, Service: "payments"})
	if len(over) != 4 || len(mine) != 1 || mine[0].Ticket != "ENG-104" || len(svc) != 1 || svc[0].Ticket != "ENG-102" {
		t.Fatalf("overdue %d, alice %+v, payments %+v", len(over), mine, svc)
	}
	// Due today is not yet overdue.
	day, _ := ix.OpenActions(ActionFilter{Now: time.Date(2026, 11, 1, 23, 0, 0, 0, time.UTC), Overdue: true, Owner: "erin"})
	if len(day) != 0 {
		t.Fatalf("due today counted overdue: %+v", day)
	}
}

// The meeting screen builds its rhyme query from the state it holds.
func TestQueryFromState(t *testing.T) {
	data, err := os.ReadFile("testdata/archive/2026/pool-2026.debrief.yaml")
	if err != nil {
		t.Fatal(err)
	}
	events, _, err := model.DecodeLog("pool-2026.debrief.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := model.Fold(events)
	q := QueryFromState(st, "the pool again")
	if q.Service != "checkout" || q.Trigger != "binary push" || q.Text != "the pool again" ||
		!slices.Equal(q.Factors, []string{"Database connection pool exhausted by a retry loop that kept connections", "software"}) {
		t.Fatalf("%+v", q)
	}
	ix, _ := testArchive(t)
	rh, err := ix.Rhymes(context.Background(), q)
	if err != nil || len(rh) == 0 || rh[0].Path != "2025/pool-2025.md" {
		t.Fatalf("rhymes for the meeting itself: %+v %v", rh, err)
	}
	for _, r := range rh {
		if strings.Contains(r.Path, "pool-2026") {
			t.Fatalf("the meeting rhymed with its own export: %+v", r)
		}
	}
	if fi, err := os.Stat(filepath.Dir(ix.Path())); err != nil || fi.Mode().Perm() != 0o700 {
		t.Fatalf("index folder mode %v %v; want 0700", fi.Mode(), err)
	}
}

func TestTopOfIsTheGitTopLevel(t *testing.T) {
	dir := t.TempDir()
	if got := TopOf(dir); got != dir {
		t.Fatalf("outside git: %s, want %s", got, dir)
	}
	if err := exec.Command("git", "init", "-q", dir).Run(); err != nil {
		t.Skip("git is not available:", err)
	}
	sub := filepath.Join(dir, "postmortems", "2026")
	os.MkdirAll(sub, 0o755)
	want, _ := filepath.EvalSymlinks(dir)
	if got, _ := filepath.EvalSymlinks(TopOf(sub)); got != want {
		t.Fatalf("inside git: %s, want %s", got, want)
	}
}
