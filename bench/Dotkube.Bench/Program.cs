Console.WriteLine("benchmarks: coming with the serialization work");
