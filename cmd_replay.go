package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"github.com/debrief-dev/debrief/tui"
)

func cmdReplay(args []string, stderr io.Writer) int {
	fs := newFlagSet("replay", stderr, "replay FILE [--speed N]")
	speed := fs.Float64("speed", 1, "play back `N` times faster than the meeting ran")
	file, ok := oneFile(fs, args)
	if !ok {
		return exitError
	}
	if err := checkSpeed(*speed); err != nil {
		return fail(stderr, err)
	}
	events, warnings, err := loadEvents(file)
	if err != nil {
		return fail(stderr, err)
	}
	warn(stderr, warnings)
	r, err := tui.NewReplay(tui.ReplayOptions{Events: events, Speed: *speed, Name: file})
	if err != nil {
		return fail(stderr, fmt.Errorf("%s: %w", file, err))
	}
	var opts []tea.ProgramOption
	if !term.IsTerminal(os.Stdin.Fd()) {
		opts = append(opts, tea.WithInput(os.Stdin))
	}
	if _, err := tea.NewProgram(r, opts...).Run(); err != nil && !errors.Is(err, tea.ErrInterrupted) {
		return fail(stderr, screenErr(err))
	}
	return exitOK
}

// The speeds replay can play at; + and - stay within them too.
const minSpeed, maxSpeed = 0.25, 1024

// checkSpeed refuses a speed playback cannot keep: NaN and infinity stall
// the clock, and a huge number overflows it.
func checkSpeed(v float64) error {
	if math.IsNaN(v) || v < minSpeed || v > maxSpeed {
		return fmt.Errorf("--speed: %v is not a speed; give a number from %g to %g (times faster than the meeting ran)", v, float64(minSpeed), float64(maxSpeed))
	}
	return nil
}
