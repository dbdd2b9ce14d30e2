import { ObjectType } from 'type-graphql';
import { Connection } from '../common/paging';
import { Commission } from './commission.entity';

@ObjectType()
export class CommissionConnection extends Connection(Commission) {}
