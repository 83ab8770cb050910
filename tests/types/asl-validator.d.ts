declare module 'asl-validator' {
  type Result = { isValid: boolean; errors: unknown[]; errorsText: (separator?: string) => string };
  const validator: (definition: unknown, options?: { checkPaths?: boolean; checkArn?: boolean }) => Result;
  export default validator;
}
