package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Create's refusal says what is at the name and what to do: an empty file
// (a start killed before its first write) cannot be resumed, so sending
// the user to resume it would go round in a circle; a link to nowhere is
// said to be one, not "file exists" beside an ls that shows nothing there.
func TestCreateSaysWhatIsInTheWay(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.debrief.yaml")
	os.WriteFile(empty, nil, 0o600)
	dangling := filepath.Join(dir, "dangling.debrief.yaml")
	if err := os.Symlink(filepath.Join(dir, "gone", "s.debrief.yaml"), dangling); err != nil {
		t.Skip(err)
	}
	for path, want := range map[string]string{
		empty:    empty + " already exists and is empty, so there is no meeting in it to resume; remove it, or name another file",
		dangling: dangling + " is a symbolic link to a file that cannot be reached",
	} {
		_, err := Create(path)
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "debrief resume") {
			t.Errorf("Create(%s) = %v, want %q", path, err, want)
		}
	}
	if li, err := os.Lstat(dangling); err != nil || li.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was changed")
	}
}
