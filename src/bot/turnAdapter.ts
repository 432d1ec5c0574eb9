// botbuilder's CloudAdapter with its turn entry point open to our HTTP edge. `process(req, res)` answers
// errors itself (its own words, a stack on the console); the edge calls the turn directly and answers
// in its own words instead.
import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';

export class TurnAdapter extends CloudAdapter {
  /** One turn for an activity received over HTTP; the invoke response (expectReplies: the replies) for the body. */
  runTurn(authorization: string | AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization as string, activity, logic);
  }
}
