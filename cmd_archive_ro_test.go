package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestArchiveOfAReadOnlyFolderDoesNotAskForAGitignore: an archive whose
// folder cannot be written keeps its index in the cache folder, so telling
// the user to add .debrief/ to .gitignore is advice about a folder that
// was never made. It needs a read-only mount, so root on Linux.
func TestArchiveOfAReadOnlyFolderDoesNotAskForAGitignore(t *testing.T) {
	if os.Geteuid() != 0 || runtime.GOOS != "linux" {
		t.Skip("skipped: a read-only bind mount needs root on Linux")
	}
	dir := archiveCopy(t)
	if out, err := exec.Command("mount", "--bind", dir, dir).CombinedOutput(); err != nil {
		t.Skipf("skipped: cannot bind-mount (%v: %s)", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	if out, err := exec.Command("mount", "-o", "remount,ro,bind", dir).CombinedOutput(); err != nil {
		t.Skipf("skipped: cannot make the mount read-only (%v: %s)", err, out)
	}
	cache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	code, out, errs := runArgs("archive", dir)
	if code != exitOK || !strings.Contains(out, "index: "+filepath.Join(cache, "debrief")) {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	if strings.Contains(out, ".gitignore") {
		t.Errorf("asks for a .gitignore entry for a folder it did not make:\n%s", out)
	}
}
