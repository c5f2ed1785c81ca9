package archive

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// An archive named by a symbolic link to its folder (a link into a shared
// drive, a checkout under another name) is the folder's archive: the walk
// follows the link at the top, where it used to find nothing and report
// "0 postmortems indexed".
func TestWalkFollowsALinkAtTheTop(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/archive")); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "postmortems")
	if err := os.Symlink(dir, link); err != nil {
		t.Skip(err)
	}
	direct, err := walk(dir)
	if err != nil || len(direct) == 0 {
		t.Fatalf("walk of the folder: %d files, %v", len(direct), err)
	}
	through, err := walk(link)
	if err != nil || !reflect.DeepEqual(through, direct) {
		t.Fatalf("walk through the link found %d files (%v), the folder %d", len(through), err, len(direct))
	}
}
