from policy.cli import main

main()
