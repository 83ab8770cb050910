import { CfnOutput, Fn, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type * as events from 'aws-cdk-lib/aws-events';
import { CrmFunction, type LogLevel } from '#infra/constructs/crm-function.ts';

export interface ApiStackProps extends StackProps {
  readonly stage: string;
  readonly table: dynamodb.ITable;
  readonly logLevel?: LogLevel;
  /** The lead lifecycle: new leads start it, changes send its waiting task tokens back. */
  readonly lifecycle?: sfn.IStateMachine;
  /** The CRM's event bus: the API puts every domain event on it (webhooks are delivered from there). */
  readonly eventBus?: events.IEventBus;
}

/**
 * Cognito (who you are: ID tokens with `custom:role` and `custom:parkId`), an HTTP API, and the
 * one "api" Lambda running the Hono app. The app itself verifies the bearer token and enforces
 * roles per route, so the HTTP API has no authorizer (and `/openapi.json`, `/docs` stay public).
 */
export class ApiStack extends Stack {
  readonly userPool: cognito.UserPool;
  readonly userPoolClient: cognito.UserPoolClient;
  readonly httpApi: apigwv2.HttpApi;
  readonly apiFunction: CrmFunction;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const isProd = props.stage === 'prod';

    this.userPool = new cognito.UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        fullname: { required: false, mutable: true },
      },
      customAttributes: {
        role: new cognito.StringAttribute({ minLen: 1, maxLen: 32, mutable: true }),
        parkId: new cognito.StringAttribute({ minLen: 0, maxLen: 64, mutable: true }),
      },
      passwordPolicy: { minLength: 12, requireLowercase: true, requireUppercase: true, requireDigits: true },
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { sms: false, otp: true },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Users may read their role and park scope but never write them: only admins
    // (AdminUpdateUserAttributes) change who may see what.
    this.userPoolClient = this.userPool.addClient('WebClient', {
      authFlows: { userSrp: true },
      generateSecret: false,
      preventUserExistenceErrors: true,
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes('role', 'parkId'),
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, fullname: true }),
    });

    this.apiFunction = new CrmFunction(this, 'ApiFunction', {
      description: 'CRM HTTP API (Hono)',
      entry: 'functions/api/handler.ts',
      logLevel: props.logLevel ?? (isProd ? 'info' : 'debug'),
      logRetention: isProd ? logs.RetentionDays.SIX_MONTHS : logs.RetentionDays.ONE_MONTH,
      environment: {
        // The `iss` of the pool's ID tokens (amazonaws.com.cn in the China partition).
        AUTH_ISSUER: Fn.join('', [
          'https://cognito-idp.', this.region, '.', this.urlSuffix, '/', this.userPool.userPoolId,
        ]),
        AUTH_AUDIENCE: this.userPoolClient.userPoolClientId,
      },
    }).bindTable(props.table, { accessMode: 'readWrite' });
    if (props.lifecycle) {
      this.apiFunction.addEnvironment('STATE_MACHINE_ARN', props.lifecycle.stateMachineArn);
      this.apiFunction.addToRolePolicy(new iam.PolicyStatement({
        actions: ['states:StartExecution', 'states:SendTaskSuccess', 'states:SendTaskFailure'],
        resources: [props.lifecycle.stateMachineArn],
      }));
    }

    if (props.eventBus) {
      this.apiFunction.addEnvironment('EVENT_BUS_NAME', props.eventBus.eventBusName);
      props.eventBus.grantPutEventsTo(this.apiFunction);
    }

    const integration = new HttpLambdaIntegration('ApiIntegration', this.apiFunction, {
      payloadFormatVersion: apigwv2.PayloadFormatVersion.VERSION_2_0,
    });
    this.httpApi = new apigwv2.HttpApi(this, 'HttpApi', {
      description: `招商 CRM API (${props.stage})`,
    });
    this.httpApi.addRoutes({ path: '/', methods: [apigwv2.HttpMethod.ANY], integration });
    this.httpApi.addRoutes({ path: '/{proxy+}', methods: [apigwv2.HttpMethod.ANY], integration });

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.apiEndpoint });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.userPoolClient.userPoolClientId });
  }
}
