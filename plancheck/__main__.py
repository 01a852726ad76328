from plancheck.cli import run

run()
