package store

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// partials lists the files beside target that an atomic write of it left.
func partials(t *testing.T, target string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(filepath.Dir(target), "."+filepath.Base(target)+partialTag+"*"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestPartialExportChild is the export a test kills: it writes pm.md in
// DEBRIEF_TEST_PARTIAL's folder and stops, its new bytes on disk and not
// yet renamed, until it is killed.
func TestPartialExportChild(t *testing.T) {
	dir := os.Getenv("DEBRIEF_TEST_PARTIAL")
	if dir == "" {
		t.Skip("run by TestKilledExportLeavesNoPartialFile")
	}
	beforeRename = func(tmp string) {
		os.Stdout.WriteString("PARTIAL " + tmp + "\n")
		time.Sleep(time.Minute)
	}
	WriteExport(filepath.Join(dir, "pm.md"), []byte("## the second export\n"), Markdown, ReplaceOptions{})
}

// TestKilledExportLeavesNoPartialFile kills an export between writing
// its new bytes and renaming them over the postmortem: the old postmortem
// is intact, the file left beside it says what it is, and the next export
// of the same postmortem removes it.
func TestKilledExportLeavesNoPartialFile(t *testing.T) {
	if testing.Short() {
		t.Skip("runs an export in a process it kills")
	}
	dir := t.TempDir()
	target := filepath.Join(dir, "pm.md")
	if _, err := WriteExport(target, []byte("## the first export\n"), Markdown, ReplaceOptions{}); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(target)

	cmd := exec.Command(os.Args[0], "-test.run=^TestPartialExportChild$")
	cmd.Env = append(os.Environ(), "DEBRIEF_TEST_PARTIAL="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, err := bufio.NewReader(out).ReadString('\n')
	tmp, ok := strings.CutPrefix(strings.TrimSpace(line), "PARTIAL ")
	if err != nil || !ok {
		t.Fatalf("the export said %q: %v", line, err)
	}
	// While the export runs, another write of the same file leaves its
	// partial file alone: it is being written, not abandoned.
	removePartials(target)
	if _, err := os.Stat(tmp); err != nil {
		t.Fatalf("a running export's partial file was removed: %v", err)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	if got, _ := os.ReadFile(target); string(got) != string(first) {
		t.Fatalf("the kill changed the postmortem: %q", got)
	}
	left := partials(t, target)
	if len(left) != 1 || !strings.HasPrefix(filepath.Base(left[0]), ".pm.md.debrief-partial-") {
		t.Fatalf("the killed export left %q, want one .pm.md.debrief-partial-N", left)
	}
	if _, err := WriteExport(target, []byte("## the third export\n"), Markdown, ReplaceOptions{}); err != nil {
		t.Fatal(err)
	}
	if left := partials(t, target); len(left) != 0 {
		t.Fatalf("the next export left %q beside the postmortem", left)
	}
	if got, _ := os.ReadFile(target); !strings.HasPrefix(string(got), "## the third export\n") {
		t.Fatalf("the next export wrote %q", got)
	}
}

// TestPartialSweepTouchesOnlyItsOwn removes only a partial file of the
// file being written: not another file's, not one merely named alike,
// not a folder.
func TestPartialSweepTouchesOnlyItsOwn(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "pm.md")
	mine := filepath.Join(dir, ".pm.md"+partialTag+"4242")
	keep := []string{
		filepath.Join(dir, ".other.md"+partialTag+"4242"),
		filepath.Join(dir, ".pm.md"+partialTag+"notes"),
		filepath.Join(dir, ".pm.md.tmp-4242"),
		filepath.Join(dir, "pm.md"+partialTag+"4242"),
	}
	for _, p := range append(keep, mine) {
		write(t, p, "half an export")
	}
	folder := filepath.Join(dir, ".pm.md"+partialTag+"7")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	if _, err := WriteExport(target, []byte("## export\n"), Markdown, ReplaceOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(mine); !os.IsNotExist(err) {
		t.Fatalf("the abandoned partial file is still there: %v", err)
	}
	for _, p := range append(keep, folder) {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("%s was removed: %v", filepath.Base(p), err)
		}
	}
}
