#!/usr/bin/env python3
"""Regenerates scripts/startup.order and scripts/startup-private.ld: the functions innodash
runs from launch to its first frame, one row down and quit, which scripts/build-release.sh
puts side by side (startup.order for lld's --symbol-ordering-file; startup-private.ld, a
linker script, for the compiler's private functions, which have no symbol to order by).

    scripts/record-startup-order.py     builds the release program, records, writes both

Needs valgrind; takes about a minute once the release build is there. The dashboard runs
under callgrind in a pseudo-terminal of 80x24 (TERM=xterm-256color, LANG=C.UTF-8) on the
shipped plan, with a database that an earlier launch made (as the benchmark measures it).
Every instruction address callgrind saw in the program is mapped to the function symbol that
holds it (from `nm`), or, when no symbol holds it, to the input section that holds it (from
lld's link map). Both lists go out sorted, so that a new recording diffs well. Run it again
after a change that adds code to start-up; a stale list only costs memory.
"""
import bisect, fcntl, os, pty, re, select, shutil, struct, subprocess, sys, tempfile, termios, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "scripts", "build-release.sh")
BINARY = os.path.join(ROOT, ".build-release", "release", "innodash")
RESOURCES = "innodash_innodash.resources"
ORDER = os.path.join(ROOT, "scripts", "startup.order")
PRIVATE = os.path.join(ROOT, "scripts", "startup-private.ld")
PRIVATE_HEADER = """\
/* The compiler's private functions (sections .text..L*, no symbol) that innodash runs at
   start-up, put just before the rest of the code. Made by scripts/record-startup-order.py,
   used by scripts/build-release.sh. A line that matches nothing only costs memory. */
"""


def run_in_terminal(command, folder):
    """Runs command in an 80x24 pseudo-terminal: first frame, `j`, `q`; returns its status."""
    env = {"PATH": "/usr/bin:/bin", "HOME": folder, "LANG": "C.UTF-8", "TERM": "xterm-256color"}
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        os.chdir(folder)
        os.execve(command[0], command, env)

    def read_until_quiet(quiet, limit=180):
        """Reads the output until nothing comes for `quiet` seconds, after something came."""
        seen, start = b"", time.time()
        while time.time() - start < limit:
            if select.select([fd], [], [], quiet)[0]:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
            elif seen:
                break
        return seen

    first = read_until_quiet(3.0)
    if b"Overview" not in first:
        sys.exit("record-startup-order: the dashboard showed no first frame:\n"
                 + first.decode("utf-8", "replace")[-2000:])
    os.write(fd, b"j")
    read_until_quiet(3.0)
    os.write(fd, b"q")
    read_until_quiet(3.0)
    return os.waitpid(pid, 0)[1]


def function_symbols(binary):
    """Start address, size and name of the program's functions, sorted by address."""
    listing = subprocess.run(["nm", "-n", "-S", "--defined-only", binary],
                             capture_output=True, text=True, check=True).stdout
    symbols = []
    for line in listing.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[2] in "tTwW":
            symbols.append((int(parts[0], 16), int(parts[1], 16), parts[3]))
    return symbols


def private_sections(link_map):
    """Start address, size and linker-script pattern of each private function's section."""
    sections = []
    line_form = re.compile(r"\s*([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+\d+\s+(\S+):\((\.text\.\.L[\w.$]+)\)$")
    with open(link_map) as lines:
        for line in lines:
            match = line_form.match(line)
            if not match:
                continue
            path = match.group(3)
            member = re.match(r"(.*)\((.*)\)$", path)
            if member:  # an archive's member: libswiftCore.a(Swift.o)
                pattern = "*/" + os.path.basename(member.group(1)) + ":" + member.group(2)
            else:  # an object of the build: */GRDB.build/Row.swift.o
                pattern = "*/" + "/".join(path.split("/")[-2:])
            sections.append((int(match.group(1), 16), int(match.group(2), 16),
                             f"{pattern}({match.group(4)})"))
    return sorted(sections)


def executed_addresses(callgrind_output):
    """Instruction addresses callgrind counted, and where it saw innodash_main begin."""
    addresses, main_start, in_main = set(), None, False
    with open(callgrind_output) as lines:
        for line in lines:
            if line.startswith("0x"):
                address = int(line.split()[0], 16)
                addresses.add(address)
                if in_main and main_start is None:
                    main_start = address
            elif line.startswith("fn="):
                in_main = line.strip() == "fn=innodash_main"
    return addresses, main_start


def main():
    if not shutil.which("valgrind"):
        sys.exit("record-startup-order: needs valgrind (apt-get install valgrind)")
    work = tempfile.mkdtemp(prefix="innodash-order-")
    with open(PRIVATE) as current:
        previous_private = current.read()
    recorded = False
    try:
        # Recorded with no private functions moved: valgrind does not see code run in an
        # output section of its own before .text (gdb does), so they must stay in .text.
        write_private([])
        link_map = os.path.join(work, "innodash.map")
        subprocess.run([BUILD], check=True, env=dict(os.environ, INNODASH_LINK_MAP=link_map))
        # valgrind 3.19 cannot read the DWARF 5 debug information: record a copy without it
        # (same code, same addresses).
        program = os.path.join(work, "innodash")
        subprocess.run(["objcopy", "--strip-debug", BINARY, program], check=True)
        shutil.copytree(os.path.join(os.path.dirname(BINARY), RESOURCES),
                        os.path.join(work, RESOURCES))
        folder = os.path.join(work, "home")
        os.mkdir(folder)
        run_in_terminal([program], folder)  # the first launch makes the database
        profile = os.path.join(work, "callgrind.out")
        status = run_in_terminal(["/usr/bin/env", "valgrind", "--tool=callgrind",
                                  "--callgrind-out-file=" + profile, "--dump-instr=yes",
                                  "--compress-strings=no", "--compress-pos=no",
                                  "--demangle=no", "--log-file=" + profile + ".log", program],
                                 folder)
        if status != 0:
            with open(profile + ".log") as log:
                sys.exit(f"record-startup-order: the recorded run ended with status {status}; "
                         f"valgrind said:\n{log.read()[-2000:]}")
        symbols = function_symbols(program)
        starts = [address for address, _, _ in symbols]
        main_link = next(address for address, _, name in symbols if name == "innodash_main")
        addresses, main_run = executed_addresses(profile)
        if main_run is None:
            sys.exit("record-startup-order: callgrind never saw innodash_main")
        load_offset = main_run - main_link
        # Every name at a function's start address: aliases share one section.
        names_at, size_at = {}, {}
        for address, size, name in symbols:
            names_at.setdefault(address, []).append(name)
            size_at[address] = max(size, size_at.get(address, 0))
        sections = private_sections(link_map)
        section_starts = [start for start, _, _ in sections]
        ran, ran_private = set(), set()
        for address in addresses:
            link = address - load_offset  # addresses in shared libraries fall outside
            index = bisect.bisect_right(starts, link) - 1
            if index >= 0 and link < starts[index] + size_at[starts[index]]:
                ran.update(names_at[starts[index]])
                continue
            index = bisect.bisect_right(section_starts, link) - 1
            if index >= 0 and link < sections[index][0] + sections[index][1]:
                ran_private.add(sections[index][2])
        with open(ORDER, "w") as out:
            out.writelines(name + "\n" for name in sorted(ran))
        write_private(ran_private)
        recorded = True
        print(f"record-startup-order: {len(ran)} functions in scripts/startup.order, "
              f"{len(ran_private)} private ones in scripts/startup-private.ld")
    finally:
        if not recorded:
            with open(PRIVATE, "w") as out:
                out.write(previous_private)
        shutil.rmtree(work, ignore_errors=True)
    subprocess.run([BUILD], check=True)  # the program as it ships, with both new lists


def write_private(patterns):
    """Writes scripts/startup-private.ld: an output section of these input sections."""
    with open(PRIVATE, "w") as out:
        out.write(PRIVATE_HEADER + "SECTIONS {\n  .text.startup_private : {\n")
        out.writelines(f"    {pattern}\n" for pattern in sorted(patterns))
        out.write("  }\n}\nINSERT BEFORE .text;\n")


if __name__ == "__main__":
    main()
