using Dotkube.Cli;

return RootCommandFactory.Create().Parse(args).Invoke(RootCommandFactory.Invocation());
